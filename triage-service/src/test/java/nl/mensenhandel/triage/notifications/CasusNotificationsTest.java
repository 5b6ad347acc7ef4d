package nl.mensenhandel.triage.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.Regiehouder.Kind;
import nl.mensenhandel.platform.inbox.InboxNotification.Audience;

/** Who hears about an overdue track (issue 8 §8: "notified to the regiehouder"), and how urgent each kind is. */
class CasusNotificationsTest {

    static final Casus CASUS = Casus.opened("c1", "ijsselland", List.of("GM0193", "GM0148"), List.of("s1"),
            "IJ-2026-0001", null, "samenvatting", "af", Instant.parse("2026-11-01T00:00:00Z"), false, List.of(),
            List.of());

    @Test
    void aRegiehouderKnownByNameIsToldPersonally() {
        assertThat(audienceOf(new Regiehouder(Kind.POLITIE, "Politie Oost-Nederland", "politie.ijsselland")))
                .isEqualTo(new Audience(null, null, "politie.ijsselland"));
    }

    @Test
    void otherwiseTheFunctionIsToldForTheLeadMunicipalityWhereItIsMunicipal() {
        assertThat(audienceOf(new Regiehouder(Kind.AANDACHTSFUNCTIONARIS, "Gemeente Zwolle", null)))
                .isEqualTo(new Audience("aandachtsfunctionaris", "GM0193", null));
        assertThat(audienceOf(new Regiehouder(Kind.HANDHAVING, "Gemeente Zwolle", " ")))
                .isEqualTo(new Audience("handhaver", "GM0193", null));
        assertThat(audienceOf(new Regiehouder(Kind.ZORGCOORDINATOR, "Zorgcoordinatie IJsselland", null)))
                .isEqualTo(new Audience("zorgcoordinator", null, null));
    }

    /** Police, OM, RIEC, Veilig Thuis, ...: the table members speak for them at the table. */
    @Test
    void organisationsWithoutARoleOfTheirOwnAreReachedThroughTheTable() {
        for (Kind kind : List.of(Kind.POLITIE, Kind.OPENBAAR_MINISTERIE, Kind.RIEC, Kind.VEILIG_THUIS,
                Kind.ZORG_EN_VEILIGHEIDSHUIS, Kind.ANDERE_AFDELING)) {
            assertThat(audienceOf(new Regiehouder(kind, "x", null))).isEqualTo(new Audience("casustafel", null, null));
        }
        assertThat(audienceOf(null)).isEqualTo(new Audience("casustafel", null, null));
    }

    @Test
    void urgencyPerKind() {
        assertThat(CasusNotifications.urgencyOf(CasusNotifications.URGENT)).isEqualTo("SPOED");
        assertThat(CasusNotifications.urgencyOf(CasusNotifications.ESCALATED)).isEqualTo("HOOG");
        assertThat(CasusNotifications.urgencyOf(CasusNotifications.OVERDUE)).isEqualTo("NORMAAL");
    }

    @Test
    void daysOverdueCountFromTheDueDate() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertThat(CasusNotifications.daysOverdue(track(null, today.minusDays(15)), today)).isEqualTo(15);
        assertThat(CasusNotifications.daysOverdue(track(null, today), today)).isZero();
        assertThat(CasusNotifications.daysOverdue(track(null, null), today)).isZero();
    }

    private static Audience audienceOf(Regiehouder holder) {
        return CasusNotifications.regiehouder(CASUS, track(holder, LocalDate.of(2026, 11, 1)));
    }

    private static Track track(Regiehouder holder, LocalDate due) {
        return new Track("t1", "d1", Track.TrackType.RIEC, Track.TrackStatus.LOPEND, holder, due, null, null, null,
                List.of(), null, null, List.of(), null, null);
    }
}
