package nl.mensenhandel.signal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.FeedbackRecipient;
import nl.mensenhandel.signal.signal.Gender;
import nl.mensenhandel.signal.signal.OnBehalfOf;
import nl.mensenhandel.signal.signal.Person;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.ReceivedVia;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalReach;
import nl.mensenhandel.signal.signal.SourceType;

/** Issue 7 §1 and §5: who reports as what, on behalf of whom, who gets the feedback, who is informed. */
class PartnerReportingRulesTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    final SignalAccessPolicy access = new SignalAccessPolicy();
    final MunicipalityRegistry municipalities = MunicipalityRegistry.load();
    final IntakeRules rules = new IntakeRules(municipalities, Clock.fixed(NOW, ZoneOffset.UTC));
    static final OnBehalfOf VEILIG_THUIS = new OnBehalfOf(ReceivedVia.TELEFOON, "Veilig Thuis Zaanstreek-Waterland",
            "Petra de Vries", "meldpunt@vtzw.example");

    static TenantContext caller(String... roles) {
        return new TenantContext("sub", "user", "zaanstreek-waterland", Set.of("GM0479"), "Gemeente Zaanstad", null,
                Set.of(roles));
    }

    static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    @Test
    void sourceTypeFitsReporterRole() {
        assertThat(rule(access.mayReportAs(caller(Roles.HANDHAVER), SourceType.INTEGRALE_CONTROLE))).isEqualTo("allowed");
        assertThat(rule(access.mayReportAs(caller(Roles.HANDHAVER), SourceType.PROFESSIONAL))).isEqualTo("allowed");
        assertThat(rule(access.mayReportAs(caller(Roles.HANDHAVER), SourceType.MMA)))
                .isEqualTo("source-type-fits-reporter-role");
        assertThat(rule(access.mayReportAs(caller(Roles.ZORGAANBIEDER), SourceType.KETENPARTNER))).isEqualTo("allowed");
        assertThat(rule(access.mayReportAs(caller(Roles.ZORGCOORDINATOR), SourceType.ANONIEM)))
                .isEqualTo("source-type-fits-reporter-role");
        assertThat(rule(access.mayReportAs(caller(Roles.MELDER), SourceType.BURGER))).isEqualTo("allowed");
        assertThat(rule(access.mayReportAs(caller(Roles.AANDACHTSFUNCTIONARIS), SourceType.MMA))).isEqualTo("allowed");
        // a role's own source types count, whichever of the caller's roles grants them
        assertThat(rule(access.mayReportAs(caller(Roles.HANDHAVER, Roles.MELDER), SourceType.BURGER))).isEqualTo("allowed");
    }

    @Test
    void onBehalfOnlyByAf() {
        assertThat(rule(access.mayReportOnBehalf(caller(Roles.AANDACHTSFUNCTIONARIS), VEILIG_THUIS))).isEqualTo("allowed");
        assertThat(rule(access.mayReportOnBehalf(caller(Roles.MELDER), VEILIG_THUIS))).isEqualTo("on-behalf-only-by-af");
        assertThat(rule(access.mayReportOnBehalf(caller(Roles.HANDHAVER), VEILIG_THUIS))).isEqualTo("on-behalf-only-by-af");
        assertThat(rule(access.mayReportOnBehalf(caller(Roles.MELDER), null))).isEqualTo("allowed");
    }

    @Test
    void onBehalfReplacesReporterAndCarriesTheContact() {
        Reporter af = new Reporter(null, "AF", "af@zaanstad.example");
        assertThat(rule(rules.onBehalfReplacesReporter(VEILIG_THUIS, af))).isEqualTo("on-behalf-replaces-reporter");
        assertThat(rule(rules.onBehalfReplacesReporter(VEILIG_THUIS, null))).isEqualTo("allowed");
        // identified-reporter-has-contact: the partner's contact is the contact for feedback
        assertThat(rule(rules.identifiedReporterHasContact(SourceType.KETENPARTNER, null, VEILIG_THUIS)))
                .isEqualTo("allowed");
        assertThat(rule(rules.identifiedReporterHasContact(SourceType.KETENPARTNER, null, null)))
                .isEqualTo("identified-reporter-has-contact");
        assertThat(rule(rules.anonymousNotOnBehalf(SourceType.MMA, VEILIG_THUIS))).isEqualTo("anonymous-not-on-behalf");
        assertThat(rule(rules.anonymousNotOnBehalf(SourceType.KETENPARTNER, VEILIG_THUIS))).isEqualTo("allowed");
    }

    @Test
    void theFeedbackGoesToThePartnerAnAfRecordedTheSignalForElseToTheReporter() {
        Signal reported = Signal.builder().reporter(new Reporter("Gemeente Zaanstad", "Jan", "jan@zaanstad.example"))
                .build();
        assertThat(reported.feedbackRecipient())
                .isEqualTo(new FeedbackRecipient("Gemeente Zaanstad", "Jan", "jan@zaanstad.example", false));
        Signal onBehalf = Signal.builder().onBehalfOf(VEILIG_THUIS).build();
        assertThat(onBehalf.feedbackRecipient()).isEqualTo(new FeedbackRecipient("Veilig Thuis Zaanstreek-Waterland",
                "Petra de Vries", "meldpunt@vtzw.example", true));
        assertThat(Signal.builder().build().feedbackRecipient()).isNull();
    }

    @Test
    void forwardedOutsideAtIntakeRecordsWhereWhenAndWho() {
        var forwarded = rules.forwardedOutsideAtIntake("GM0363",
                new TenantContext("s", "handhaver.zaanstad", "zaanstreek-waterland", Set.of(), null, null, Set.of()));
        assertThat(forwarded.municipalityCode()).isEqualTo("GM0363");
        assertThat(forwarded.to()).contains("GM0363");
        assertThat(forwarded.at()).isEqualTo(NOW);
        assertThat(forwarded.by()).isEqualTo("handhaver.zaanstad");
        // a served code stays under municipality-known; an unserved one is rejected by that rule (the public intake)
        assertThat(rule(rules.municipalityKnown("municipalityCode", "GM0479"))).isEqualTo("allowed");
        assertThat(rule(rules.municipalityKnown("municipalityCode", "GM0363"))).isEqualTo("municipality-known");
    }

    @Test
    void everyPersonsResidenceAfIsInformedAndTheirRegionReads() {
        SignalReach reach = SignalReach.of("zaanstreek-waterland", "GM0479", List.of("GM0439", "GM0397", "GM0479"),
                municipalities);
        assertThat(reach.visibleTo()).containsExactly("GM0479", "GM0439", "GM0397");
        assertThat(reach.readableByRegions()).containsExactly("zaanstreek-waterland", "kennemerland");

        Signal signal = Signal.builder().region("zaanstreek-waterland").municipalityCode("GM0479")
                .residenceMunicipalityCode("GM0439")
                .persons(List.of(new Person(PersonRole.MOGELIJK_SLACHTOFFER, false, null, null, Gender.VROUW, null,
                        "GM0397")))
                .visibleTo(reach.visibleTo()).readableByRegions(reach.readableByRegions()).build();
        assertThat(signal.residenceMunicipalityCodes()).containsExactly("GM0439", "GM0397");
        TenantContext heemstede = new TenantContext("s", "af.heemstede", "kennemerland", Set.of("GM0397"), null, null,
                Set.of(Roles.AANDACHTSFUNCTIONARIS));
        assertThat(access.informedAsResidence(heemstede, signal)).isTrue();
        assertThat(access.outlineOnly(heemstede, signal)).isTrue();
        TenantContext purmerend = new TenantContext("s", "af.purmerend", "zaanstreek-waterland", Set.of("GM0439"), null,
                null, Set.of(Roles.AANDACHTSFUNCTIONARIS));
        assertThat(access.informedAsResidence(purmerend, signal)).isTrue();
        assertThat(access.outlineOnly(purmerend, signal)).isFalse();
    }
}
