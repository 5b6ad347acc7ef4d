package nl.mensenhandel.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MunicipalityRegistryTest {

    private final MunicipalityRegistry registry = MunicipalityRegistry.load();

    @Test
    void knowsTheFourDemoRegionsWithValidCbsCodes() {
        assertThat(registry.all()).allSatisfy(m -> assertThat(m.code()).matches("GM\\d{4}"));
        assertThat(registry.all()).extracting(Municipality::region).containsOnly(
                "zaanstreek-waterland", "ijsselland", "rotterdam", "kennemerland");
        assertThat(registry.inRegion("zaanstreek-waterland")).extracting(Municipality::name)
                .contains("Zaanstad", "Purmerend", "Oostzaan", "Wormerland");
    }

    @Test
    void ijssellandPopulationsAddUpToTheCostKeyTotal() {
        // DOMAIN.md §5: the IJsselland cost key divides by a total of 534,800 inhabitants
        int total = registry.inRegion("ijsselland").stream().mapToInt(Municipality::population).sum();
        assertThat(registry.inRegion("ijsselland")).hasSize(11);
        assertThat(total).isEqualTo(534_800);
    }

    @Test
    void belongsToRegionChecksTheRegionOfTheCode() {
        assertThat(registry.belongsToRegion("GM0479", "zaanstreek-waterland")).isTrue();
        assertThat(registry.belongsToRegion("GM0479", "kennemerland")).isFalse();
        assertThat(registry.belongsToRegion("GM9999", "kennemerland")).isFalse();
        assertThat(registry.belongsToRegion(null, "kennemerland")).isFalse();
    }

    @Test
    void duplicateCodesAreRejected() {
        String csv = "GM0001;A;r;\nGM0001;B;r;\n";
        assertThatThrownBy(() -> MunicipalityRegistry.parse(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("GM0001");
    }
}
