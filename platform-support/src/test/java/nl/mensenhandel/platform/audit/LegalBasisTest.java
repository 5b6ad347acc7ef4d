package nl.mensenhandel.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The legal basis follows the caller's function (issue 6 §4): the same read rests on different grounds. */
class LegalBasisTest {

    @Test
    void theAfReadsUnderTheMunicipalTaskNotUnderACovenant() {
        assertThat(LegalBasis.forRoles(Set.of("aandachtsfunctionaris"))).isEqualTo(LegalBasis.MUNICIPAL_TASK);
        assertThat(LegalBasis.MUNICIPAL_TASK.text()).contains("Wmo 2015").contains("Gemeentewet");
    }

    @Test
    void theCasustafelReadsUnderTheZvhCovenantAndTheInspectorUnderTheRiecCovenant() {
        assertThat(LegalBasis.forRoles(Set.of("casustafel"))).isEqualTo(LegalBasis.ZVH_CONVENANT);
        assertThat(LegalBasis.forRoles(Set.of("handhaver"))).isEqualTo(LegalBasis.RIEC_CONVENANT);
        assertThat(LegalBasis.RIEC_CONVENANT.text()).contains("RIEC");
        assertThat(LegalBasis.ZVH_CONVENANT.text()).contains("ZVH");
    }

    @Test
    void careRestsOnTheWmoAndThePrivacyOfficerOnSupervision() {
        assertThat(LegalBasis.forRoles(Set.of("zorgcoordinator"))).isEqualTo(LegalBasis.WMO_CARE);
        assertThat(LegalBasis.forRoles(Set.of("zorgaanbieder"))).isEqualTo(LegalBasis.WMO_CARE);
        assertThat(LegalBasis.forRoles(Set.of("privacy-officer"))).isEqualTo(LegalBasis.SUPERVISION);
    }

    @Test
    void noPlatformRoleMeansNoBasis() {
        assertThat(LegalBasis.forRoles(Set.of("offline_access"))).isEqualTo(LegalBasis.NONE);
        assertThat(LegalBasis.forRoles(null)).isEqualTo(LegalBasis.NONE);
    }
}
