package nl.mensenhandel.enforcement.teams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.RegionSettings;
import nl.mensenhandel.enforcement.instruments.RegionalFrameworkProperties.TeamSettings;

class ConfiguredTeamCatalogueTest {

    @Test
    void readsTheTeamsOfEachRegionFromConfiguration() {
        RegionalFrameworkProperties properties = new RegionalFrameworkProperties(Map.of(), Map.of(
                "rotterdam", new RegionSettings(null, null, Map.of("rct",
                        new TeamSettings("Regionaal Controleteam", List.of("GM0599", "GM0482"), 12))),
                "kennemerland", new RegionSettings(null, null, null)));
        TeamCatalogue teams = new ConfiguredTeamCatalogue(properties);
        assertThat(teams.find("rotterdam", "rct")).hasValueSatisfying(team -> {
            assertThat(team.name()).isEqualTo("Regionaal Controleteam");
            assertThat(team.municipalities()).containsExactlyInAnyOrder("GM0599", "GM0482");
            assertThat(team.yearlyTarget()).isEqualTo(12);
        });
        assertThat(teams.find("ijsselland", "rct")).isEmpty();
        assertThat(teams.of("kennemerland")).isEmpty();
    }
}
