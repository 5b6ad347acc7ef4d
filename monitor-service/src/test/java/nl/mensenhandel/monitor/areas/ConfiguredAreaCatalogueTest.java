package nl.mensenhandel.monitor.areas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.areas.AreaProperties.AreaEntry;
import nl.mensenhandel.monitor.areas.AreaProperties.RegionAreas;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** The areas of a region: region, municipalities, configured groupings and external areas, checked at start. */
class ConfiguredAreaCatalogueTest {

    private static final MunicipalityRegistry REGISTRY = MunicipalityRegistry.load();

    private static ConfiguredAreaCatalogue catalogue(String region, AreaEntry... entries) {
        return new ConfiguredAreaCatalogue(new AreaProperties(Map.of(region, new RegionAreas(List.of(entries)))),
                REGISTRY);
    }

    @Test
    void theRegionItsMunicipalitiesAndTheConfiguredAreas() {
        ConfiguredAreaCatalogue areas = catalogue("zaanstreek-waterland",
                new AreaEntry("zaanstreek", "Zaanstreek", AreaKind.GROEPERING, List.of("GM0479", "GM0431", "GM0880")),
                new AreaEntry("politie-eenheid-noord-holland", "Politie-eenheid Noord-Holland", AreaKind.EXTERN, null));

        List<MonitorArea> all = areas.of("zaanstreek-waterland");

        assertThat(all).hasSize(1 + 7 + 2);
        assertThat(all.get(0)).isEqualTo(new MonitorArea("zaanstreek-waterland", "Zaanstreek-Waterland",
                AreaKind.REGIO, List.of("GM0385", "GM0415", "GM0431", "GM0439", "GM0479", "GM0852", "GM0880")));
        assertThat(all.get(1).name()).isEqualTo("Edam-Volendam");
        assertThat(all).filteredOn(a -> a.kind() == AreaKind.GEMEENTE).extracting(MonitorArea::id)
                .contains("GM0479").doesNotContain("GM0397");
        assertThat(areas.find("zaanstreek-waterland", "zaanstreek")).get()
                .extracting(MonitorArea::municipalityCodes).isEqualTo(List.of("GM0479", "GM0431", "GM0880"));
        assertThat(areas.find("zaanstreek-waterland", "politie-eenheid-noord-holland")).get()
                .extracting(MonitorArea::municipalityCodes).isEqualTo(List.of());
        // another region has its own areas only; an unknown region none
        assertThat(areas.find("kennemerland", "zaanstreek")).isEmpty();
        assertThat(areas.of("kennemerland")).extracting(MonitorArea::id).contains("kennemerland", "GM0397");
        assertThat(areas.of("atlantis")).isEmpty();
    }

    @Test
    void aGroupingWithAMunicipalityOfAnotherRegionOrAnUnknownOneFailsTheStart() {
        assertThatThrownBy(() -> catalogue("zaanstreek-waterland",
                new AreaEntry("mixed", "Gemengd", AreaKind.GROEPERING, List.of("GM0479", "GM0397")),
                new AreaEntry("ghost", "Spook", AreaKind.GROEPERING, List.of("GM9999"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("municipality GM0397 is not of region zaanstreek-waterland")
                .hasMessageContaining("unknown municipality GM9999");
    }

    @Test
    void badIdsKindsAndExternalAreasWithMunicipalitiesFailTheStart() {
        assertThatThrownBy(() -> catalogue("kennemerland",
                new AreaEntry("ijmond", "IJmond", AreaKind.EXTERN, List.of("GM0397")),
                new AreaEntry("ijmond", "IJmond", AreaKind.EXTERN, null),
                new AreaEntry("GM0397", "Heemstede", AreaKind.GROEPERING, List.of("GM0397")),
                new AreaEntry("empty", "Leeg", AreaKind.GROEPERING, List.of()),
                new AreaEntry("regio", "Regio", AreaKind.REGIO, null),
                new AreaEntry("nameless", " ", AreaKind.EXTERN, null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("an EXTERN area has no municipalities")
                .hasMessageContaining("id used twice")
                .hasMessageContaining("id must match")
                .hasMessageContaining("needs at least one municipality")
                .hasMessageContaining("kind must be GROEPERING or EXTERN")
                .hasMessageContaining("name is required");
        assertThatThrownBy(() -> catalogue("atlantis", new AreaEntry("x", "X", AreaKind.EXTERN, null)))
                .hasMessageContaining("not a region of the reference data");
    }
}
