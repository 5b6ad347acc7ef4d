package nl.mensenhandel.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The trace of the recording request is stored with an entry and read back for its delivery. */
class OutboxEntryTraceTest {

    @Test
    void theTraceparentSurvivesTheStoredForm() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00";
        Instant now = Instant.parse("2026-11-23T12:00:00Z");
        OutboxEntry entry = new OutboxEntry("e1", "mail", "enc:v1:x", 0, now, now, null, null, null, null, traceparent);
        assertThat(OutboxEntry.fromDocument(entry.toDocument()).traceparent()).isEqualTo(traceparent);
        // entries stored before traces were kept have none
        OutboxEntry old = new OutboxEntry("e2", "mail", "enc:v1:x", 0, now, now, null, null, null, null);
        assertThat(old.toDocument()).doesNotContainKey("traceparent");
        assertThat(OutboxEntry.fromDocument(old.toDocument()).traceparent()).isNull();
    }
}
