package nl.mensenhandel.signal.spoed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.signal.inbox.Audience;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.Urgency;

/** The rules of the SPOED alert, by name. */
class SpoedRulesTest {

    static Signal signal(Urgency urgency) {
        return Signal.builder().id(UUID.randomUUID().toString()).region("zaanstreek-waterland")
                .municipalityCode("GM0479").urgency(urgency).observedAt(Instant.parse("2026-11-01T22:00:00Z")).build();
    }

    @Test
    void spoedNotifiesAtOnce_onlyASpoedSignalRaisesTheAlert() {
        assertThat(SpoedAlert.isSpoed(signal(Urgency.SPOED))).isTrue();
        assertThat(SpoedAlert.isSpoed(signal(Urgency.HOOG))).isFalse();
        assertThat(SpoedAlert.isSpoed(signal(Urgency.NORMAAL))).isFalse();
    }

    @Test
    void spoedAudience_theAfsOfTheMunicipalityAndTheRegionsTable() {
        assertThat(SpoedAlert.audience(signal(Urgency.SPOED)).stream().map(Audience::key).toList())
                .containsExactly("role:aandachtsfunctionaris@GM0479", "role:casustafel");
    }

    @Test
    void oneAlertPerSignal() {
        assertThat(SpoedAlert.alertId("a")).isEqualTo(SpoedAlert.alertId("a")).isNotEqualTo(SpoedAlert.alertId("b"));
    }

    @Test
    void theMailboxesAreThoseOfTheMunicipalityAndTheTableWhereConfigured() {
        SpoedMailboxes mailboxes = new SpoedMailboxes(java.util.Map.of("GM0479", "spoed@zaanstad.example"),
                java.util.Map.of("zaanstreek-waterland", "tafel@zaanstreek.example"));
        assertThat(mailboxes.of("GM0479", "zaanstreek-waterland"))
                .containsExactly("spoed@zaanstad.example", "tafel@zaanstreek.example");
        assertThat(mailboxes.of("GM0439", "zaanstreek-waterland")).containsExactly("tafel@zaanstreek.example");
        assertThat(mailboxes.of("GM0397", "kennemerland")).isEqualTo(List.of());
    }
}
