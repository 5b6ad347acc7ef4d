package nl.mensenhandel.signal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.crypto.BlindIndex;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.intake.IntakeRules;

/** The intake, routing and need-to-know rules, one by one. */
class SignalRulesTest {

    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final SignalAccessPolicy access = new SignalAccessPolicy();
    private final IntakeRules intake = new IntakeRules(MunicipalityRegistry.load(), Clock.fixed(NOW, ZoneOffset.UTC));

    static TenantContext caller(String region, Set<String> municipalities, String... roles) {
        return new TenantContext("sub", "user", region, municipalities, "org", null, Set.of(roles));
    }

    static Signal signal(String exploitation, String residence, List<String> visibleTo) {
        return Signal.builder().id("id").region("zaanstreek-waterland").municipalityCode(exploitation)
                .residenceMunicipalityCode(residence).visibleTo(visibleTo)
                .readableByRegions(List.of("zaanstreek-waterland")).forms(Set.of(ExploitationForm.ARBEID))
                .sourceType(SourceType.BURGER).description("x").observedAt(NOW).urgency(Urgency.NORMAAL)
                .duplicateKeys(new DuplicateKeys(null, null, List.of())).status(SignalStatus.ONTVANGEN)
                .createdAt(NOW).createdBy("melder").createdBySubject("sub").reportedFromRegion("zaanstreek-waterland")
                .updatedAt(NOW).build();
    }

    private static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    @Test
    void everyPartnerThePlansNameReportsPolicyAndTableRolesDoNot() {
        for (String role : List.of(Roles.MELDER, Roles.AANDACHTSFUNCTIONARIS, Roles.HANDHAVER, Roles.ZORGCOORDINATOR,
                Roles.ZORGAANBIEDER)) {
            assertThat(access.mayReport(caller("zaanstreek-waterland", Set.of(), role)).isAllowed()).as(role).isTrue();
        }
        for (String role : List.of(Roles.CASUSTAFEL, Roles.BELEIDSREGISSEUR, Roles.MONITOR_LEZER, Roles.REGIO_BEHEERDER)) {
            assertThat(rule(access.mayReport(caller("zaanstreek-waterland", Set.of(), role)))).as(role)
                    .isEqualTo("report-requires-reporting-role");
        }
    }

    @Test
    void aSharedAfSeesTheSignalsOfEachMunicipalityTheyServe() {
        TenantContext sharedAf = caller("zaanstreek-waterland", Set.of("GM0431", "GM0880"),
                Roles.AANDACHTSFUNCTIONARIS);

        assertThat(access.maySee(sharedAf, signal("GM0880", null, List.of("GM0880")))).isTrue();
        assertThat(access.maySee(sharedAf, signal("GM0431", null, List.of("GM0431")))).isTrue();
        assertThat(access.maySee(sharedAf, signal("GM0479", null, List.of("GM0479")))).isFalse();
    }

    @Test
    void theResidenceAfIsInformedAndReadsButOnlyTheExploitationAfWorksTheSignal() {
        Signal crossMunicipal = signal("GM0479", "GM0439", List.of("GM0479", "GM0439"));
        TenantContext afPurmerend = caller("zaanstreek-waterland", Set.of("GM0439"), Roles.AANDACHTSFUNCTIONARIS);
        TenantContext afZaanstad = caller("zaanstreek-waterland", Set.of("GM0479"), Roles.AANDACHTSFUNCTIONARIS);

        assertThat(access.maySee(afPurmerend, crossMunicipal)).isTrue();
        assertThat(access.informedAsResidence(afPurmerend, crossMunicipal)).isTrue();
        assertThat(rule(access.mayWork(afPurmerend, crossMunicipal)))
                .isEqualTo("route-run-by-af-of-exploitation-municipality");
        assertThat(access.mayWork(afZaanstad, crossMunicipal).isAllowed()).isTrue();
        assertThat(access.informedAsResidence(afZaanstad, crossMunicipal)).isFalse();
    }

    @Test
    void theResidenceAfOfAnotherRegionReadsAnOutlineUntilTheSignalIsDisclosedToThem() {
        Signal toHeemstede = signal("GM0479", "GM0397", List.of("GM0479", "GM0397"));
        TenantContext afHeemstede = caller("kennemerland", Set.of("GM0397"), Roles.AANDACHTSFUNCTIONARIS);
        TenantContext afZaanstad = caller("zaanstreek-waterland", Set.of("GM0479"), Roles.AANDACHTSFUNCTIONARIS);
        TenantContext afPurmerend = caller("zaanstreek-waterland", Set.of("GM0439"), Roles.AANDACHTSFUNCTIONARIS);

        assertThat(access.outlineOnly(afHeemstede, toHeemstede)).isTrue();
        assertThat(access.outlineOnly(afZaanstad, toHeemstede)).isFalse();
        assertThat(access.outlineOnly(afPurmerend,
                signal("GM0479", "GM0439", List.of("GM0479", "GM0439")))).as("same region").isFalse();
        Signal disclosed = toHeemstede.toBuilder().version(1)
                .residenceDisclosures(List.of(new ResidenceDisclosure("GM0397", "kennemerland", "opvang", "af.zaanstad", NOW)))
                .build();
        assertThat(access.outlineOnly(afHeemstede, disclosed)).isFalse();
        assertThat(rule(access.mayDiscloseToResidence(toHeemstede, "kennemerland"))).isEqualTo("allowed");
        assertThat(rule(access.mayDiscloseToResidence(toHeemstede, "zaanstreek-waterland")))
                .isEqualTo("disclosure-to-residence-of-another-region");
    }

    @Test
    void onlyAnAfReads() {
        assertThat(rule(access.mayRead(caller("zaanstreek-waterland", Set.of("GM0479"), Roles.MELDER))))
                .isEqualTo("read-requires-af");
    }

    @Test
    void anyMunicipalityOfThePlatformIsKnownEvenInAnotherRegion() {
        assertThat(intake.municipalityKnown("municipalityCode", "GM0397").isAllowed()).isTrue(); // Heemstede
        assertThat(intake.municipalityKnown("municipalityCode", "GM9999"))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                        r -> assertThat(r.field()).isEqualTo("municipalityCode"));
    }

    @Test
    void anObservationCannotLieInTheFuture() {
        assertThat(intake.observedNotInFuture(NOW.minus(3, ChronoUnit.DAYS)).isAllowed()).isTrue();
        assertThat(intake.observedNotInFuture(NOW.plus(1, ChronoUnit.MINUTES)).isAllowed()).isTrue(); // skew
        assertThat(rule(intake.observedNotInFuture(NOW.plus(1, ChronoUnit.DAYS))))
                .isEqualTo("observation-not-in-future");
    }

    @Test
    void anonymousSignalsCarryNoIdentityAndProfessionalsLeaveAContact() {
        Reporter reporter = new Reporter("Gemeente Zaanstad", null, "meldpunt@zaanstad.example");

        assertThat(rule(intake.anonymousCarriesNoIdentity(SourceType.ANONIEM, reporter)))
                .isEqualTo("anonymous-carries-no-identity");
        assertThat(rule(intake.anonymousCarriesNoIdentity(SourceType.MMA, reporter)))
                .isEqualTo("anonymous-carries-no-identity");
        assertThat(intake.anonymousCarriesNoIdentity(SourceType.ANONIEM, null).isAllowed()).isTrue();
        assertThat(rule(intake.identifiedReporterHasContact(SourceType.PROFESSIONAL, null)))
                .isEqualTo("identified-reporter-has-contact");
        assertThat(intake.identifiedReporterHasContact(SourceType.KETENPARTNER, reporter).isAllowed()).isTrue();
        assertThat(intake.identifiedReporterHasContact(SourceType.BURGER, null).isAllowed()).isTrue();
    }

    @Test
    void categoriesAndSectorsComeFromTheSignalsRegion() {
        Map<String, ExploitationForm> active = Map.of("ILLEGALE_HUISVESTING", ExploitationForm.ARBEID);

        assertThat(intake.categoriesOfRegion(List.of("ILLEGALE_HUISVESTING"), active).isAllowed()).isTrue();
        assertThat(intake.categoriesOfRegion(List.of("ILLEGALE_HUISVESTING", "ONBEKEND"), active))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                    assertThat(r.field()).isEqualTo("categories");
                    assertThat(r.detail()).contains("ONBEKEND");
                });
        assertThat(intake.sectorOfRegion("BOUW", Set.of("BOUW")).isAllowed()).isTrue();
        assertThat(rule(intake.sectorOfRegion("BOUW", Set.of()))).isEqualTo("sector-of-signal-region");
    }

    @Test
    void duplicateKeysNormaliseAddressesAndKeepPersonsPseudonymousPerRegion() {
        MockEnvironment local = new MockEnvironment();
        local.setActiveProfiles(Secrets.LOCAL_PROFILE);
        DuplicateKeyMaker keys = new DuplicateKeyMaker("test-secret", BlindIndex.fromEnvironment(local));
        Location a = new Location("Stationsstraat", "12a", "1506 ab", "Zaandam", "Schoonmaak B.V.", null, null);
        Location b = new Location(null, "12A", "1506AB", null, "schoonmaak bv", null, null);

        assertThat(DuplicateKeyMaker.addressKey(a)).isEqualTo(DuplicateKeyMaker.addressKey(b));
        assertThat(DuplicateKeyMaker.businessKey(a)).isEqualTo("name:schoonmaak b v");
        // stored as blind-index tokens: equal for the same address in a region, never the address itself
        DuplicateKeys stored = keys.keys("zaanstreek-waterland", a, List.of());
        assertThat(keys.keys("zaanstreek-waterland", b, List.of()).addressKey()).isEqualTo(stored.addressKey());
        assertThat(stored.addressKey()).startsWith("bi:").doesNotContainIgnoringCase("1506");
        assertThat(stored.businessKey()).startsWith("bi:").doesNotContainIgnoringCase("schoonmaak");
        assertThat(keys.keys("kennemerland", a, List.of()).addressKey()).isNotEqualTo(stored.addressKey());
        assertThat(keys.addressSearchTokens("zaanstreek-waterland", b)).contains(stored.addressKey());
        String key = keys.personKey("zaanstreek-waterland", "Jan Jansen 01-02-1990");
        assertThat(keys.personKey("zaanstreek-waterland", "  jan JANSEN 01-02-1990 ")).isEqualTo(key);
        assertThat(keys.personKey("kennemerland", "Jan Jansen 01-02-1990")).isNotEqualTo(key);
        assertThat(key).doesNotContainIgnoringCase("jansen").hasSize(64);
    }
}
