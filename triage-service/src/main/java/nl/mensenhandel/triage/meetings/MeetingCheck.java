package nl.mensenhandel.triage.meetings;

import reactor.core.publisher.Mono;

/** Whether a meeting exists in the region and is one of the given table (a decision names the meeting it was taken in). */
public interface MeetingCheck {

    Mono<Boolean> isMeetingOf(String region, String meetingId, String tableId);
}
