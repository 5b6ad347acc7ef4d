package nl.mensenhandel.triage.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.Decision.DecisionForm;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.decisions.DecisionRequest.TrackRequest;

/** The rules of the procedure not reached through the API tests, and the outcome the reporter's signal hears. */
class DecisionRulesTest {

    final DecisionRules rules = new DecisionRules();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void anAfBesluitIsRecordedByTheAfNotByTheTable() {
        DecisionRequest request = request(DecisionForm.AF_BESLUIT, track(TrackType.REGULIERE_HULP));
        assertThat(rule(rules.afBesluitByTheAf(caller(Roles.CASUSTAFEL), request))).isEqualTo("af-besluit-by-the-af");
        assertThat(rules.afBesluitByTheAf(caller(Roles.AANDACHTSFUNCTIONARIS), request).isAllowed()).isTrue();
    }

    @Test
    void notConfirmedClosesOnlyACasusWithoutOpenTracks() {
        DecisionRequest closing = request(DecisionForm.MAIL_CONSULTATIE, track(TrackType.NIET_BEVESTIGD));
        assertThat(rule(rules.closesOnlyWithoutOpenTracks(closing, casus(TrackStatus.LOPEND))))
                .isEqualTo("close-only-without-open-tracks");
        assertThat(rules.closesOnlyWithoutOpenTracks(closing, casus(TrackStatus.AFGEROND)).isAllowed()).isTrue();
    }

    @Test
    void aTaskDueYesterdayIsInThePast() {
        TrackRequest info = new TrackRequest(TrackType.MEER_INFORMATIE, regiehouder(), TODAY.plusDays(5), null, null,
                List.of(new Track.Task("Observatie", "Wijkagent", TODAY.minusDays(1))));
        assertThat(rule(rules.dueDatesNotInThePast(request(DecisionForm.MAIL_CONSULTATIE, info), TODAY)))
                .isEqualTo("due-date-not-in-the-past");
        assertThat(rules.dueDatesNotInThePast(request(DecisionForm.MAIL_CONSULTATIE, track(TrackType.RIEC)), TODAY)
                .isAllowed()).isTrue();
    }

    @Test
    void theOutcomeForTheReporterFollowsTheTracks() {
        assertThat(CaseOutcomes.of(List.of(opened(TrackType.NIET_BEVESTIGD))))
                .isEqualTo(new CaseOutcomes.Outcome("AFGESLOTEN", "NIET_BEVESTIGD"));
        assertThat(CaseOutcomes.of(List.of(opened(TrackType.ANDERE_AFDELING))))
                .isEqualTo(new CaseOutcomes.Outcome("AFGESLOTEN", "ANDERE_AFDELING"));
        assertThat(CaseOutcomes.of(List.of(opened(TrackType.REGULIERE_HULP), opened(TrackType.ZORGTRAJECT))))
                .isEqualTo(new CaseOutcomes.Outcome("DOORGELEID", null));
        assertThat(CaseOutcomes.of(List.of(opened(TrackType.RIEC))).result()).isEqualTo("DOORGELEID");
    }

    static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    static TenantContext caller(String role) {
        return new TenantContext("s", "u", "rotterdam", Set.of("GM0599"), "Org", null, Set.of(role));
    }

    static Regiehouder regiehouder() {
        return new Regiehouder(Regiehouder.Kind.AANDACHTSFUNCTIONARIS, "Gemeente", null);
    }

    static TrackRequest track(TrackType type) {
        return new TrackRequest(type, regiehouder(), TODAY.plusDays(10), "details", null, List.of());
    }

    static DecisionRequest request(DecisionForm form, TrackRequest... tracks) {
        return new DecisionRequest(null, form, List.of("x"), null, "rationale", "basis", List.of(), false,
                List.of(tracks), null);
    }

    static Track opened(TrackType type) {
        return new Track("t-" + type, "d", type, TrackStatus.GEOPEND, regiehouder(), TODAY, Instant.now(), null, null,
                List.of(), null, null, List.of(), null, null);
    }

    static Casus casus(TrackStatus trackStatus) {
        Casus opened = Casus.opened("c", "rotterdam", List.of("GM0599"), List.of("s"), "RT-2026-0001", null, "s", "af",
                Instant.now(), false, List.of(), List.of());
        return new Casus(opened.id(), opened.region(), opened.municipalityCode(), opened.municipalityCodes(),
                CasusStatus.SPOREN_LOPEN, opened.signalIds(), opened.reference(), null, opened.summary(),
                opened.openedBy(), opened.createdAt(), false, List.of(), List.of(), List.of(),
                List.of(new Track("t", "d", TrackType.RIEC, trackStatus, regiehouder(), TODAY, Instant.now(), null,
                        null, List.of(), null, null, List.of(), null, null)),
                List.of(), List.of(), 1, opened.createdAt());
    }
}
