package nl.mensenhandel.triage.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Decision.DecisionForm;
import nl.mensenhandel.triage.cases.Track.Regiehouder;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfiguration.Covenant;
import nl.mensenhandel.triage.tables.TriageConfiguration.Level;
import nl.mensenhandel.triage.tables.TriageConfiguration.Participant;
import nl.mensenhandel.triage.tables.TriageConfiguration.Table;

/**
 * Need to know per covenant, rule by rule, with Heemstede's two tables: the signalenoverleg (the Veiligheidshuis
 * under the ZVH covenant) and the LOO (RIEC Noord-Holland under the RIEC covenant), where the RIEC case is decided.
 */
class CasusDisclosurePolicyTest {

    static final Table SIGNALENOVERLEG = new Table("signalenoverleg-heemstede", "Signalenoverleg", Level.GEMEENTELIJK,
            null, List.of(new Participant("Veiligheidshuis Kennemerland", null, Covenant.ZVH_CONVENANT),
                    new Participant("Gemeente Heemstede", null, Covenant.GEEN)));
    static final Table LOO = new Table("loo-heemstede", "LOO", Level.GEMEENTELIJK, null,
            List.of(new Participant("RIEC Noord-Holland", null, Covenant.RIEC_CONVENANT)));
    static final TriageConfiguration HEEMSTEDE = new TriageConfiguration("kennemerland", List.of(SIGNALENOVERLEG, LOO),
            List.of(SIGNALENOVERLEG.id(), LOO.id()), false, 14, false, null);

    final CasusDisclosurePolicy policy = new CasusDisclosurePolicy();

    @Test
    void riecDetailsCountTheCovenantAtTheTableWhereTheRiecCaseWasDecided() {
        Track riec = track("t1", "d1", TrackType.RIEC, null);
        // the casus is at the signalenoverleg now; the RIEC track was decided at the LOO
        Casus casus = casus(SIGNALENOVERLEG, List.of(decision("d1", LOO.id())), riec);
        assertThat(policy.seesDetails(tafel("RIEC Noord-Holland"), casus, riec, HEEMSTEDE)).isTrue();
        assertThat(policy.seesDetails(tafel("Veiligheidshuis Kennemerland"), casus, riec, HEEMSTEDE)).isFalse();
    }

    @Test
    void otherTracksCountOnlyTheCovenantsAtTheCasusCurrentTable() {
        Track controle = track("t2", "d1", TrackType.INTEGRALE_CONTROLE, null);
        Casus casus = casus(SIGNALENOVERLEG, List.of(decision("d1", LOO.id())), controle);
        assertThat(policy.seesDetails(tafel("Veiligheidshuis Kennemerland"), casus, controle, HEEMSTEDE)).isTrue();
        assertThat(policy.seesDetails(tafel("RIEC Noord-Holland"), casus, controle, HEEMSTEDE)).isFalse();
    }

    @Test
    void takingPartWithoutACovenantSharesNothing() {
        Track info = track("t3", "d1", TrackType.MEER_INFORMATIE, null);
        Casus casus = casus(SIGNALENOVERLEG, List.of(decision("d1", SIGNALENOVERLEG.id())), info);
        assertThat(policy.seesDetails(tafel("Gemeente Heemstede"), casus, info, HEEMSTEDE)).isFalse();
    }

    @Test
    void criminalInformationNeedsTheOmConsentAndTheZvhCovenant() {
        Track before = track("t4", "d1", TrackType.ZORG_EN_STRAF, null);
        Track after = track("t4", "d1", TrackType.ZORG_EN_STRAF,
                new Track.OmConsent("OM-1", LocalDate.now(), Instant.now(), "x"));
        Casus casus = casus(SIGNALENOVERLEG, List.of(decision("d1", SIGNALENOVERLEG.id())), after);
        TenantContext zvh = tafel("Veiligheidshuis Kennemerland");
        assertThat(policy.seesCriminalInformation(zvh, casus, before, HEEMSTEDE)).isFalse();
        assertThat(policy.seesCriminalInformation(zvh, casus, after, HEEMSTEDE)).isTrue();
        assertThat(policy.seesCriminalInformation(tafel("RIEC Noord-Holland"), casus, after, HEEMSTEDE)).isFalse();
        assertThat(policy.seesCriminalInformation(role(Roles.ZORGCOORDINATOR), casus, after, HEEMSTEDE)).isFalse();
    }

    @Test
    void theHandhaverNeverSeesCareDetailsAndTheAfNoDetailsAtAll() {
        Track care = track("t5", "d1", TrackType.ZORGTRAJECT, null);
        Track controle = track("t6", "d1", TrackType.INTEGRALE_CONTROLE, null);
        Casus casus = casus(SIGNALENOVERLEG, List.of(decision("d1", SIGNALENOVERLEG.id())), care, controle);
        TenantContext handhaver = role(Roles.HANDHAVER, "GM0397");
        assertThat(policy.maySee(handhaver, casus).isAllowed()).isTrue();
        assertThat(policy.seesDetails(handhaver, casus, care, HEEMSTEDE)).isFalse();
        assertThat(policy.seesDetails(handhaver, casus, controle, HEEMSTEDE)).isTrue();
        TenantContext af = role(Roles.AANDACHTSFUNCTIONARIS, "GM0397");
        for (Track track : casus.tracks()) {
            assertThat(policy.seesDetails(af, casus, track, HEEMSTEDE)).isFalse();
        }
        assertThat(policy.seesDeliberation(af)).isFalse();
    }

    static TenantContext tafel(String organisation) {
        return new TenantContext("s", "u", "kennemerland", Set.of(), organisation, null, Set.of(Roles.CASUSTAFEL));
    }

    static TenantContext role(String role, String... municipalities) {
        return new TenantContext("s", "u", "kennemerland", Set.of(municipalities), "Org", null, Set.of(role));
    }

    static Decision decision(String id, String tableId) {
        return new Decision(id, null, tableId, DecisionForm.OVERLEG, List.of("x"), null, "r", "b", List.of(), false,
                List.of(), null, Instant.now(), "u");
    }

    static Track track(String id, String decisionId, TrackType type, Track.OmConsent consent) {
        return new Track(id, decisionId, type, TrackStatus.GEOPEND, new Regiehouder(Regiehouder.Kind.RIEC, "o", null),
                LocalDate.now().plusDays(5), Instant.now(), "details", null, List.of(), consent, null, List.of(), null,
                null);
    }

    static Casus casus(Table table, List<Decision> decisions, Track... tracks) {
        Casus opened = Casus.opened("c1", "kennemerland", List.of("GM0397"), List.of("s1"), "KL-2026-0001",
                table.ref(), "summary", "af", Instant.now(), false, List.of(), List.of());
        return new Casus(opened.id(), opened.region(), opened.municipalityCode(), opened.municipalityCodes(),
                CasusStatus.SPOREN_LOPEN, opened.signalIds(), opened.reference(), opened.table(), opened.summary(),
                opened.openedBy(), opened.createdAt(), false, List.of(), List.of(), decisions, List.of(tracks),
                List.of(), List.of(), 1, opened.createdAt());
    }
}
