package nl.mensenhandel.care.providers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareCatalogueProperties.LocationEntry;
import nl.mensenhandel.care.providers.CareCatalogueProperties.ProviderEntry;
import nl.mensenhandel.care.providers.CareCatalogueProperties.RegionProviders;
import nl.mensenhandel.care.providers.CareLocation.Catchment;
import nl.mensenhandel.care.providers.CareLocation.LocationGender;

/** The catalogue of application.yml is exactly the demo catalogue, and a wrong catalogue stops the service. */
class ConfiguredCareProviderCatalogueTest {

    @Test
    void applicationYmlHoldsExactlyTheDemoCatalogue() throws IOException {
        CareProviderCatalogue catalogue = new ConfiguredCareProviderCatalogue(fromApplicationYml());

        assertThat(catalogue.providers("rotterdam")).extracting(CareProvider::id, CareProvider::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("humanitas-rotterdam", "Humanitas Rotterdam"),
                        org.assertj.core.groups.Tuple.tuple("cosm-drenthe", "COSM mannen Drenthe"),
                        org.assertj.core.groups.Tuple.tuple("nla-crisisopvang",
                                "Crisisopvang Nederlandse Arbeidsinspectie"),
                        org.assertj.core.groups.Tuple.tuple("jeugdzorg-rijnmond",
                                "Jeugdzorg Rijnmond (beschermde opvang)"));
        assertLocation(catalogue, "rotterdam", "humanitas-noodbed", "humanitas-rotterdam", Set.of(PlacementType.NOODBED),
                LocationGender.ALLE, 18, null, Catchment.REGIO, Set.of(ContraIndication.AGRESSIE), 5, true);
        assertLocation(catalogue, "rotterdam", "humanitas-specialistische-opvang", "humanitas-rotterdam",
                Set.of(PlacementType.SPECIALISTISCHE_OPVANG), LocationGender.ALLE, 18, null, Catchment.REGIO,
                Set.of(ContraIndication.VERSLAVING, ContraIndication.PSYCHIATRISCHE_PROBLEMATIEK,
                        ContraIndication.AGRESSIE), null, true);
        assertLocation(catalogue, "rotterdam", "humanitas-cosm-vrouwen", "humanitas-rotterdam", Set.of(PlacementType.COSM),
                LocationGender.VROUW, 18, null, Catchment.LANDELIJK, Set.of(), null, true);
        assertLocation(catalogue, "rotterdam", "cosm-drenthe-mannen", "cosm-drenthe", Set.of(PlacementType.COSM),
                LocationGender.MAN, 18, null, Catchment.LANDELIJK, Set.of(), null, false);
        assertLocation(catalogue, "rotterdam", "nla-crisisopvang", "nla-crisisopvang",
                Set.of(PlacementType.CRISISOPVANG_NLA), LocationGender.ALLE, 18, null, Catchment.LANDELIJK, Set.of(),
                null, false);
        assertLocation(catalogue, "rotterdam", "jeugdzorg-rijnmond-beschermd", "jeugdzorg-rijnmond",
                Set.of(PlacementType.JEUGDZORG), LocationGender.ALLE, null, 17, Catchment.REGIO, Set.of(), null, false);
        assertThat(catalogue.locations("rotterdam")).hasSize(6);

        assertThat(catalogue.providers("zaanstreek-waterland")).extracting(CareProvider::id, CareProvider::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hvo-querido", "HVO Querido"));
        assertLocation(catalogue, "zaanstreek-waterland", "querido-noodbed", "hvo-querido", Set.of(PlacementType.NOODBED),
                LocationGender.ALLE, 18, null, Catchment.REGIO, Set.of(), 7, true);
        assertLocation(catalogue, "zaanstreek-waterland", "querido-opvang", "hvo-querido",
                Set.of(PlacementType.SPECIALISTISCHE_OPVANG, PlacementType.REGULIERE_OPVANG), LocationGender.ALLE, 18,
                null, Catchment.REGIO, Set.of(ContraIndication.VERSLAVING), null, true);
        assertThat(catalogue.locations("zaanstreek-waterland")).hasSize(2);

        assertThat(catalogue.providers("kennemerland")).extracting(CareProvider::id, CareProvider::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scharlaken-koord", "Scharlaken Koord"));
        assertLocation(catalogue, "kennemerland", "scharlaken-koord-opvang", "scharlaken-koord",
                Set.of(PlacementType.SPECIALISTISCHE_OPVANG), LocationGender.VROUW, 18, null, Catchment.REGIO, Set.of(),
                null, true);
        assertThat(catalogue.locations("kennemerland")).hasSize(1);

        assertThat(catalogue.providers("ijsselland")).isEmpty();
        assertThat(catalogue.locations("ijsselland")).isEmpty();
        // a location is found in its own region only
        assertThat(catalogue.location("kennemerland", "querido-noodbed")).isEmpty();
    }

    @Test
    void locationIdsAreUniqueWithinARegion() {
        CareCatalogueProperties twice = properties("rotterdam",
                provider("a-provider", location("same-id", Set.of(PlacementType.COSM), null)),
                provider("b-provider", location("same-id", Set.of(PlacementType.COSM), null)));
        assertThatThrownBy(() -> new ConfiguredCareProviderCatalogue(twice))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("location id used twice");
    }

    @Test
    void theSameLocationIdInTwoRegionsIsAllowed() {
        CareCatalogueProperties properties = new CareCatalogueProperties(Map.of(
                "rotterdam", new RegionProviders(List.of(provider("p", location("loc", Set.of(PlacementType.COSM), null)))),
                "kennemerland", new RegionProviders(List.of(provider("q", location("loc", Set.of(PlacementType.COSM), null))))));
        CareProviderCatalogue catalogue = new ConfiguredCareProviderCatalogue(properties);
        assertThat(catalogue.location("rotterdam", "loc")).get().extracting(CareLocation::providerId).isEqualTo("p");
        assertThat(catalogue.location("kennemerland", "loc")).get().extracting(CareLocation::providerId).isEqualTo("q");
    }

    @Test
    void aNoodbedLocationNeedsItsMaximumStay() {
        CareCatalogueProperties missing = properties("rotterdam",
                provider("p", location("nood", Set.of(PlacementType.NOODBED), null)));
        assertThatThrownBy(() -> new ConfiguredCareProviderCatalogue(missing))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs noodbedMaximumStayDays");
    }

    @Test
    void onlyANoodbedLocationHasAMaximumStay() {
        CareCatalogueProperties extra = properties("rotterdam",
                provider("p", location("opvang", Set.of(PlacementType.SPECIALISTISCHE_OPVANG), 5)));
        assertThatThrownBy(() -> new ConfiguredCareProviderCatalogue(extra))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("noodbedMaximumStayDays is only for a location offering NOODBED");
    }

    @Test
    void providerIdsAreLowercaseLettersDigitsAndDashes() {
        for (String bad : List.of("Humanitas", "humanitas_rotterdam", "humanitas rotterdam", "")) {
            CareCatalogueProperties properties = properties("rotterdam",
                    provider(bad, location("loc", Set.of(PlacementType.COSM), null)));
            assertThatThrownBy(() -> new ConfiguredCareProviderCatalogue(properties))
                    .as(bad).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("provider id must match ^[a-z0-9-]+$");
        }
    }

    @Test
    void everyMistakeIsNamedAtOnce() {
        CareCatalogueProperties properties = properties("rotterdam",
                provider("Bad", location("nood", Set.of(PlacementType.NOODBED), null),
                        location("nood", Set.of(PlacementType.COSM), 3)));
        assertThatThrownBy(() -> new ConfiguredCareProviderCatalogue(properties))
                .hasMessageContaining("provider id must match")
                .hasMessageContaining("needs noodbedMaximumStayDays")
                .hasMessageContaining("only for a location offering NOODBED")
                .hasMessageContaining("location id used twice");
    }

    private static void assertLocation(CareProviderCatalogue catalogue, String region, String id, String providerId,
            Set<PlacementType> types, LocationGender gender, Integer minAge, Integer maxAge, Catchment catchment,
            Set<ContraIndication> contra, Integer noodbedDays, boolean publishes) {
        assertThat(catalogue.location(region, id)).as(id).contains(new CareLocation(id, providerId,
                catalogue.location(region, id).map(CareLocation::name).orElse("?"), types, gender, minAge, maxAge,
                catchment, contra, noodbedDays, publishes));
        assertThat(catalogue.location(region, id).get().name()).as(id).isNotBlank();
    }

    static CareCatalogueProperties fromApplicationYml() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application.yml",
                new ClassPathResource("application.yml"));
        MutablePropertySources propertySources = new MutablePropertySources();
        sources.forEach(propertySources::addLast);
        return new Binder(ConfigurationPropertySources.from(propertySources))
                .bind("care", CareCatalogueProperties.class).get();
    }

    private static CareCatalogueProperties properties(String region, ProviderEntry... providers) {
        return new CareCatalogueProperties(Map.of(region, new RegionProviders(List.of(providers))));
    }

    private static ProviderEntry provider(String id, LocationEntry... locations) {
        return new ProviderEntry(id, "Provider " + id, List.of(locations));
    }

    private static LocationEntry location(String id, Set<PlacementType> types, Integer noodbedDays) {
        return new LocationEntry(id, "Location " + id, types, LocationGender.ALLE, 18, null, Catchment.REGIO, Set.of(),
                noodbedDays, true);
    }
}
