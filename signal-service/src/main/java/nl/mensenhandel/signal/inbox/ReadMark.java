package nl.mensenhandel.signal.inbox;

import java.time.Instant;

/** One user's read mark on a notification: by token subject, never shared between users. */
public record ReadMark(String subject, Instant at) {
}
