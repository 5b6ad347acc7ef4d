package nl.mensenhandel.enforcement.instruments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.InstrumentSettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.MunicipalitySettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.RegionSettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.VersionSettings;

/** The catalogue is validated at start, and regions override the shared catalogue by code. */
class InstrumentCatalogueTest {

    static InstrumentSettings instrument(String authority, List<VersionSettings> versions) {
        return new InstrumentSettings("Naam", authority, List.of("OVERBEWONING"), List.of(), null, null, null,
                Set.of(), versions);
    }

    static final VersionSettings OLD = new VersionSettings("Wabo", LocalDate.of(2010, 1, 1), LocalDate.of(2023, 12, 31));
    static final VersionSettings NEW = new VersionSettings("Omgevingswet", LocalDate.of(2024, 1, 1), null);

    @Test
    void aRegionOverridesTheSharedInstrumentAndCapsAreKept() {
        InstrumentCatalogue catalogue = new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("COLLEGE", List.of(OLD, NEW))),
                Map.of("rotterdam", new RegionSettings(Map.of("X_LAST", instrument("BURGEMEESTER", List.of(NEW))),
                        Map.of("GM0482", new MunicipalitySettings(Map.of(), false, Map.of("SEKSINRICHTING", 1))),
                        Map.of()))));
        assertThat(catalogue.find("rotterdam", "X_LAST").orElseThrow().competentAuthority())
                .isEqualTo(CompetentAuthority.BURGEMEESTER);
        assertThat(catalogue.inForce("rotterdam", "X_LAST", LocalDate.of(2023, 5, 1), null)).isEmpty();
        assertThat(catalogue.inForce("ijsselland", "X_LAST", LocalDate.of(2023, 5, 1), null).orElseThrow()
                .legalBasis()).isEqualTo("Wabo");
        assertThat(catalogue.municipality("rotterdam", "GM0482").licenceCaps()).containsEntry("SEKSINRICHTING", 1);
    }

    @Test
    void aFaultyCatalogueStopsTheStart() {
        assertThatThrownBy(() -> new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("WETHOUDER", List.of(NEW))), Map.of())))
                .hasMessageContaining("competent-authority");
        assertThatThrownBy(() -> new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("COLLEGE", List.of(NEW, new VersionSettings("b", LocalDate.of(2025, 1, 1),
                        null)))), Map.of()))).hasMessageContaining("overlap");
        assertThatThrownBy(() -> new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("COLLEGE", List.of())), Map.of()))).hasMessageContaining("version");
        assertThatThrownBy(() -> new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("COLLEGE", List.of(NEW))), Map.of("rotterdam", new RegionSettings(Map.of(),
                        Map.of("GM0397", new MunicipalitySettings(Map.of(), false, Map.of())), Map.of())))))
                .hasMessageContaining("not a municipality of rotterdam");
        assertThatThrownBy(() -> new InstrumentCatalogue(new RegionalFrameworkProperties(
                Map.of("X_LAST", instrument("COLLEGE", List.of(NEW))), Map.of("rotterdam", new RegionSettings(Map.of(),
                        Map.of("GM0599", new MunicipalitySettings(Map.of("X_LAST", "2:79"), false, Map.of())),
                        Map.of()))))).hasMessageContaining("overrides no model article");
    }
}
