package nl.mensenhandel.signal.signal;

/** A professional or partner reporter, recorded for feedback. Anonymous signals have none. */
public record Reporter(String organisation, String name, String contact) {
}
