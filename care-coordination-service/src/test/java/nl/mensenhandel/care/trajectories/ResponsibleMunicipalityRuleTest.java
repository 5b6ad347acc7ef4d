package nl.mensenhandel.care.trajectories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.trajectories.ResponsibleMunicipality.Basis;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * Rule responsible-municipality (Rotterdam source, "Opvang": "Slachtoffers die niet ingeschreven staan, worden in
 * principe ingeschreven in de gemeente waar ze zijn aangetroffen"): BRP, else where found, else none; an override
 * with a reason wins; it must be a municipality of the region (rule municipality-of-region).
 */
class ResponsibleMunicipalityRuleTest {

    static VictimProfile victim(String brp, String found) {
        return new VictimProfile(null, null, Gender.VROUW, "NL", ResidenceStatus.NEDERLANDER,
                Set.of(ExploitationForm.SEKSUEEL), brp, found, null);
    }

    @Test
    void theBrpMunicipalityIsResponsible() {
        assertThat(ResponsibleMunicipalityRule.apply(victim("GM0193", "GM0599"), null))
                .isEqualTo(new ResponsibleMunicipality("GM0193", Basis.BRP, null));
    }

    @Test
    void notRegisteredTheMunicipalityWhereFoundIsResponsible() {
        assertThat(ResponsibleMunicipalityRule.apply(victim(null, "GM0599"), null))
                .isEqualTo(new ResponsibleMunicipality("GM0599", Basis.AANGETROFFEN, null));
    }

    @Test
    void neitherKnownNoneYet() {
        assertThat(ResponsibleMunicipalityRule.apply(victim(null, null), null)).isNull();
    }

    @Test
    void anOverrideWinsOverTheRuleAlsoWhenTheProfileChanges() {
        ResponsibleMunicipality override = ResponsibleMunicipalityRule.override("GM0150", "Verhuisd naar Deventer");
        assertThat(ResponsibleMunicipalityRule.apply(victim("GM0193", null), override)).isEqualTo(override);
        // without an override a changed profile changes the responsible municipality
        ResponsibleMunicipality byRule = new ResponsibleMunicipality("GM0599", Basis.AANGETROFFEN, null);
        assertThat(ResponsibleMunicipalityRule.apply(victim("GM0193", "GM0599"), byRule).municipalityCode())
                .isEqualTo("GM0193");
    }

    @Test
    void municipalityOfRegionAndReasonRequiredForAnOverride() {
        MunicipalityRegistry registry = MunicipalityRegistry.load();
        PolicyDecision otherRegion = ResponsibleMunicipalityRule.mayOverride("GM0479", "reden", "ijsselland", registry);
        assertThat(((PolicyDecision.Rejected) otherRegion).rule()).isEqualTo("municipality-of-region");
        assertThat(((PolicyDecision.Rejected) otherRegion).type()).isEqualTo(ProblemType.UNPROCESSABLE);
        PolicyDecision noReason = ResponsibleMunicipalityRule.mayOverride("GM0193", " ", "ijsselland", registry);
        assertThat(((PolicyDecision.Rejected) noReason).rule()).isEqualTo("reason-required");
        assertThat(ResponsibleMunicipalityRule.mayOverride("GM0193", "reden", "ijsselland", registry).isAllowed())
                .isTrue();
    }
}
