package nl.mensenhandel.care.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareLocation.Catchment;
import nl.mensenhandel.care.providers.CareLocation.LocationGender;
import nl.mensenhandel.care.trajectories.ExploitationForm;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * One test a rule, named after it, each showing a request the rule allows and one it refuses; then the precedence
 * (docs/care.md "Eligibility") and the override. Locations as in the Rotterdam demo catalogue.
 */
class PlacementEligibilityRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Set<String> ROTTERDAM_REGION = Set.of("GM0599", "GM0489", "GM0613");

    static final CareLocation SPECIALISTISCHE_OPVANG = location("humanitas-specialistische-opvang",
            PlacementType.SPECIALISTISCHE_OPVANG, LocationGender.ALLE, 18, null, Catchment.REGIO);
    static final CareLocation NOODBED = location("humanitas-noodbed", PlacementType.NOODBED, LocationGender.ALLE, 18,
            null, Catchment.REGIO);
    static final CareLocation COSM_VROUWEN = location("humanitas-cosm-vrouwen", PlacementType.COSM,
            LocationGender.VROUW, 18, null, Catchment.LANDELIJK);
    static final CareLocation COSM_MANNEN = location("cosm-drenthe-mannen", PlacementType.COSM, LocationGender.MAN,
            18, null, Catchment.LANDELIJK);
    static final CareLocation NLA = location("nla-crisisopvang", PlacementType.CRISISOPVANG_NLA, LocationGender.ALLE,
            18, null, Catchment.LANDELIJK);
    static final CareLocation JEUGDZORG = location("jeugdzorg-rijnmond-beschermd", PlacementType.JEUGDZORG,
            LocationGender.ALLE, null, 17, Catchment.REGIO);

    /** An adult Dutch woman registered in Rotterdam, sexual exploitation: every rule allows her specialised shelter. */
    static final VictimProfile ADULT_NL_WOMAN = new VictimProfile("Slachtoffer", TODAY.minusYears(30), Gender.VROUW,
            "NL", ResidenceStatus.NEDERLANDER, Set.of(ExploitationForm.SEKSUEEL), "GM0599", null, null);
    /** A Nigerian woman in her reflection period, found in Rotterdam. */
    static final VictimProfile FOREIGN_WOMAN_IN_REFLECTION = new VictimProfile("Slachtoffer", TODAY.minusYears(24),
            Gender.VROUW, "NG", ResidenceStatus.BEDENKTIJD, Set.of(ExploitationForm.SEKSUEEL), null, "GM0599", null);
    /** Turns 18 tomorrow. */
    static final VictimProfile MINOR = withBirthDate(ADULT_NL_WOMAN, TODAY.minusYears(18).plusDays(1));

    final PlacementEligibilityRules eligibility = new PlacementEligibilityRules();

    @Test
    void victimProfileComplete() {
        VictimProfileCompleteRule rule = new VictimProfileCompleteRule();
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.SPECIALISTISCHE_OPVANG, SPECIALISTISCHE_OPVANG))
                .isAllowed()).isTrue();
        VictimProfile w = ADULT_NL_WOMAN;
        List<VictimProfile> incomplete = List.of(
                withBirthDate(w, null),
                new VictimProfile(null, w.birthDate(), Gender.ONBEKEND, "NL", w.residenceStatus(),
                        w.exploitationForms(), "GM0599", null, null),
                new VictimProfile(null, w.birthDate(), w.gender(), " ", w.residenceStatus(), w.exploitationForms(),
                        "GM0599", null, null),
                new VictimProfile(null, w.birthDate(), w.gender(), "NL", ResidenceStatus.ONBEKEND,
                        w.exploitationForms(), "GM0599", null, null),
                new VictimProfile(null, w.birthDate(), w.gender(), "NL", w.residenceStatus(), Set.of(), "GM0599",
                        null, null),
                VictimProfile.unknown());
        for (VictimProfile victim : incomplete) {
            assertRefusedBy(rule.check(request(victim, PlacementType.NOODBED, NOODBED)), "victim-profile-complete");
        }
    }

    @Test
    void minorToJeugdzorg() {
        MinorToJeugdzorgRule rule = new MinorToJeugdzorgRule();
        assertThat(rule.check(request(MINOR, PlacementType.JEUGDZORG, JEUGDZORG)).isAllowed()).isTrue();
        for (PlacementType adultPlace : List.of(PlacementType.COSM, PlacementType.NOODBED,
                PlacementType.SPECIALISTISCHE_OPVANG, PlacementType.REGULIERE_OPVANG, PlacementType.CRISISOPVANG_NLA)) {
            assertRefusedBy(rule.check(request(MINOR, adultPlace, NOODBED)), "minor-to-jeugdzorg");
        }
        // the other way round: youth care takes minors only (18 today is an adult)
        VictimProfile eighteenToday = withBirthDate(ADULT_NL_WOMAN, TODAY.minusYears(18));
        assertRefusedBy(rule.check(request(eighteenToday, PlacementType.JEUGDZORG, JEUGDZORG)), "minor-to-jeugdzorg");
        assertThat(rule.check(request(eighteenToday, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
    }

    @Test
    void minorToJeugdzorgGivesWayToARecordedOverrideWithAReason() {
        EligibilityRequest noodbed = request(MINOR, PlacementType.NOODBED, NOODBED);
        EligibilityOverride override = new EligibilityOverride("minor-to-jeugdzorg",
                "Geen jeugdzorgplek vannacht; Veilig Thuis is ingeschakeld");
        assertThat(new MinorToJeugdzorgRule().check(withOverride(noodbed, override)).isAllowed()).isTrue();

        // no reason, or an override of another rule, is no override
        for (EligibilityOverride notEnough : List.of(new EligibilityOverride("minor-to-jeugdzorg", " "),
                new EligibilityOverride("minor-to-jeugdzorg", null),
                new EligibilityOverride("location-age", "Geen jeugdzorgplek vannacht"))) {
            assertRefusedBy(eligibility.check(withOverride(noodbed, notEnough)), "minor-to-jeugdzorg");
        }
        // the override is the decision to place the minor in an adult place: the adult threshold (18) gives way ...
        assertThat(eligibility.check(withOverride(noodbed, override)).isAllowed()).isTrue();
        // ... but a location's own lower limit below adulthood still holds
        CareLocation fromSixteen = location("crisis-jongeren", PlacementType.NOODBED, LocationGender.ALLE, 16, null,
                Catchment.REGIO);
        VictimProfile fifteen = withBirthDate(ADULT_NL_WOMAN, TODAY.minusYears(15));
        assertRefusedBy(eligibility.check(withOverride(request(fifteen, PlacementType.NOODBED, fromSixteen), override)),
                "location-age");
    }

    @Test
    void cosmOnlyWithoutLawfulResidence() {
        CosmOnlyWithoutLawfulResidenceRule rule = new CosmOnlyWithoutLawfulResidenceRule();
        assertThat(rule.check(cosm(FOREIGN_WOMAN_IN_REFLECTION)).isAllowed()).isTrue();
        assertThat(rule.check(cosm(withStatus(FOREIGN_WOMAN_IN_REFLECTION, ResidenceStatus.GEEN_RECHTMATIG_VERBLIJF)))
                .isAllowed()).isTrue();
        // a Dutch victim, or a foreign one with lawful residence or an unknown status: not COSM
        assertRefusedBy(rule.check(cosm(ADULT_NL_WOMAN)), "cosm-only-without-lawful-residence");
        for (ResidenceStatus status : List.of(ResidenceStatus.EU_BURGER, ResidenceStatus.RECHTMATIG_VERBLIJF,
                ResidenceStatus.ONBEKEND)) {
            assertRefusedBy(rule.check(cosm(withStatus(FOREIGN_WOMAN_IN_REFLECTION, status))),
                    "cosm-only-without-lawful-residence");
        }
        // not about other types
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
    }

    @Test
    void cosmThroughComensha() {
        CosmThroughComenshaRule rule = new CosmThroughComenshaRule();
        assertThat(rule.check(cosm(FOREIGN_WOMAN_IN_REFLECTION)).isAllowed()).isTrue();
        EligibilityRequest withoutReference = new EligibilityRequest(FOREIGN_WOMAN_IN_REFLECTION, TODAY,
                PlacementType.COSM, COSM_VROUWEN, " ", null, ROTTERDAM_REGION);
        assertRefusedBy(rule.check(withoutReference), "cosm-through-comensha");
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
    }

    @Test
    void crisisopvangNlaOnlyForLabour() {
        CrisisopvangNlaOnlyForLabourRule rule = new CrisisopvangNlaOnlyForLabourRule();
        VictimProfile labour = new VictimProfile(null, TODAY.minusYears(40), Gender.MAN, "PL", ResidenceStatus.EU_BURGER,
                Set.of(ExploitationForm.ARBEID, ExploitationForm.CRIMINEEL), null, "GM0599", null);
        assertThat(rule.check(request(labour, PlacementType.CRISISOPVANG_NLA, NLA)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(ADULT_NL_WOMAN, PlacementType.CRISISOPVANG_NLA, NLA)),
                "crisisopvang-nla-only-for-labour");
    }

    @Test
    void typeOfferedByLocation() {
        TypeOfferedByLocationRule rule = new TypeOfferedByLocationRule();
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(ADULT_NL_WOMAN, PlacementType.REGULIERE_OPVANG, NOODBED)),
                "type-offered-by-location");
        assertRefusedBy(rule.check(request(ADULT_NL_WOMAN, PlacementType.NOODBED, null)), "type-offered-by-location");
    }

    @Test
    void locationGender() {
        LocationGenderRule rule = new LocationGenderRule();
        assertThat(rule.check(cosm(FOREIGN_WOMAN_IN_REFLECTION)).isAllowed()).isTrue();
        VictimProfile man = withGender(FOREIGN_WOMAN_IN_REFLECTION, Gender.MAN);
        VictimProfile x = withGender(FOREIGN_WOMAN_IN_REFLECTION, Gender.X);
        assertRefusedBy(rule.check(cosm(man)), "location-gender");
        assertRefusedBy(rule.check(cosm(x)), "location-gender");
        assertThat(rule.check(request(man, PlacementType.COSM, COSM_MANNEN)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(FOREIGN_WOMAN_IN_REFLECTION, PlacementType.COSM, COSM_MANNEN)),
                "location-gender");
        // ALLE takes everyone
        assertThat(rule.check(request(x, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
    }

    @Test
    void locationAge() {
        LocationAgeRule rule = new LocationAgeRule();
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.NOODBED, NOODBED)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(MINOR, PlacementType.NOODBED, NOODBED)), "location-age");
        assertThat(rule.check(request(MINOR, PlacementType.JEUGDZORG, JEUGDZORG)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(ADULT_NL_WOMAN, PlacementType.JEUGDZORG, JEUGDZORG)), "location-age");
    }

    @Test
    void locationCatchment() {
        LocationCatchmentRule rule = new LocationCatchmentRule();
        VictimProfile zaandam = withMunicipalities(ADULT_NL_WOMAN, "GM0479", null, null);
        // lives, works or was found in the region
        assertThat(rule.check(request(ADULT_NL_WOMAN, PlacementType.SPECIALISTISCHE_OPVANG, SPECIALISTISCHE_OPVANG))
                .isAllowed()).isTrue();
        assertThat(rule.check(request(withMunicipalities(ADULT_NL_WOMAN, "GM0479", "GM0599", null),
                PlacementType.SPECIALISTISCHE_OPVANG, SPECIALISTISCHE_OPVANG)).isAllowed()).isTrue();
        assertThat(rule.check(request(withMunicipalities(ADULT_NL_WOMAN, "GM0479", null, "GM0489"),
                PlacementType.SPECIALISTISCHE_OPVANG, SPECIALISTISCHE_OPVANG)).isAllowed()).isTrue();
        assertRefusedBy(rule.check(request(zaandam, PlacementType.SPECIALISTISCHE_OPVANG, SPECIALISTISCHE_OPVANG)),
                "location-catchment");
        // a national location serves anyone
        assertThat(rule.check(request(withMunicipalities(FOREIGN_WOMAN_IN_REFLECTION, null, null, "GM0479"),
                PlacementType.COSM, COSM_VROUWEN)).isAllowed()).isTrue();
    }

    /** The written precedence: a minor asking COSM with lawful residence hears the minor rule, not the COSM rule. */
    @Test
    void precedenceTheMinorRuleAnswersBeforeTheCosmRules() {
        EligibilityRequest minorAskingCosm = new EligibilityRequest(MINOR, TODAY, PlacementType.COSM, COSM_VROUWEN,
                null, null, ROTTERDAM_REGION);
        // each of the later rules would refuse it too ...
        assertRefusedBy(new CosmOnlyWithoutLawfulResidenceRule().check(minorAskingCosm),
                "cosm-only-without-lawful-residence");
        assertRefusedBy(new CosmThroughComenshaRule().check(minorAskingCosm), "cosm-through-comensha");
        assertRefusedBy(new LocationAgeRule().check(minorAskingCosm), "location-age");
        // ... but the first refusal in the precedence answers
        assertRefusedBy(eligibility.check(minorAskingCosm), "minor-to-jeugdzorg");
        // and an incomplete profile answers before everything
        assertRefusedBy(eligibility.check(new EligibilityRequest(withGender(MINOR, Gender.ONBEKEND), TODAY,
                PlacementType.COSM, COSM_VROUWEN, null, null, ROTTERDAM_REGION)), "victim-profile-complete");
    }

    @Test
    void theRulesStandInTheWrittenOrder() {
        assertThat(PlacementEligibilityRules.RULES).extracting(EligibilityRule::name).containsExactly(
                "victim-profile-complete", "minor-to-jeugdzorg", "cosm-only-without-lawful-residence",
                "cosm-through-comensha", "crisisopvang-nla-only-for-labour", "type-offered-by-location",
                "location-gender", "location-age", "location-catchment");
    }

    @Test
    void aRequestEveryRuleAllowsIsAllowed() {
        assertThat(eligibility.check(cosm(FOREIGN_WOMAN_IN_REFLECTION)).isAllowed()).isTrue();
        assertThat(eligibility.check(request(ADULT_NL_WOMAN, PlacementType.SPECIALISTISCHE_OPVANG,
                SPECIALISTISCHE_OPVANG)).isAllowed()).isTrue();
        assertThat(eligibility.check(request(MINOR, PlacementType.JEUGDZORG, JEUGDZORG)).isAllowed()).isTrue();
    }

    @Test
    void cosmIsAssignedByGender() {
        List<CareLocation> catalogue = List.of(NOODBED, COSM_VROUWEN, COSM_MANNEN, NLA);
        assertThat(eligibility.cosmLocation(Gender.VROUW, catalogue)).contains(COSM_VROUWEN);
        assertThat(eligibility.cosmLocation(Gender.MAN, catalogue)).contains(COSM_MANNEN);
        assertThat(eligibility.cosmLocation(Gender.X, catalogue)).isEmpty();
        assertThat(eligibility.cosmLocation(Gender.ONBEKEND, catalogue)).isEmpty();
        assertThat(eligibility.cosmLocation(Gender.MAN, List.of(NOODBED, COSM_VROUWEN))).isEmpty();
    }

    private static void assertRefusedBy(PolicyDecision decision, String rule) {
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(rule);
            assertThat(rejected.type()).isEqualTo(ProblemType.UNPROCESSABLE);
        });
    }

    private static EligibilityRequest request(VictimProfile victim, PlacementType type, CareLocation location) {
        return new EligibilityRequest(victim, TODAY, type, location, null, null, ROTTERDAM_REGION);
    }

    private static EligibilityRequest cosm(VictimProfile victim) {
        return new EligibilityRequest(victim, TODAY, PlacementType.COSM, COSM_VROUWEN, "CM-2026-0042", null,
                ROTTERDAM_REGION);
    }

    private static EligibilityRequest withOverride(EligibilityRequest request, EligibilityOverride override) {
        return new EligibilityRequest(request.victim(), request.today(), request.placementType(), request.location(),
                request.comenshaReference(), override, request.regionMunicipalityCodes());
    }

    private static CareLocation location(String id, PlacementType type, LocationGender gender, Integer minAge,
            Integer maxAge, Catchment catchment) {
        return new CareLocation(id, "provider", id, Set.of(type), gender, minAge, maxAge, catchment, Set.of(), null,
                true);
    }

    private static VictimProfile withBirthDate(VictimProfile v, LocalDate birthDate) {
        return new VictimProfile(v.displayName(), birthDate, v.gender(), v.nationality(), v.residenceStatus(),
                v.exploitationForms(), v.brpMunicipalityCode(), v.foundMunicipalityCode(), v.workMunicipalityCode());
    }

    private static VictimProfile withGender(VictimProfile v, Gender gender) {
        return new VictimProfile(v.displayName(), v.birthDate(), gender, v.nationality(), v.residenceStatus(),
                v.exploitationForms(), v.brpMunicipalityCode(), v.foundMunicipalityCode(), v.workMunicipalityCode());
    }

    private static VictimProfile withStatus(VictimProfile v, ResidenceStatus status) {
        return new VictimProfile(v.displayName(), v.birthDate(), v.gender(), v.nationality(), status,
                v.exploitationForms(), v.brpMunicipalityCode(), v.foundMunicipalityCode(), v.workMunicipalityCode());
    }

    private static VictimProfile withMunicipalities(VictimProfile v, String brp, String work, String found) {
        return new VictimProfile(v.displayName(), v.birthDate(), v.gender(), v.nationality(), v.residenceStatus(),
                v.exploitationForms(), brp, found, work);
    }
}
