package nl.mensenhandel.enforcement.teams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class ConfiguredTeamCatalogueTest {

    @Test
    void readsTheTeamsOfEachRegionFromConfiguration() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("enforcement.regions.rotterdam.teams.rct.name", "Regionaal Controleteam")
                .withProperty("enforcement.regions.rotterdam.teams.rct.municipalities[0]", "GM0599")
                .withProperty("enforcement.regions.rotterdam.teams.rct.municipalities[1]", "GM0482")
                .withProperty("enforcement.regions.rotterdam.teams.rct.yearly-target", "12");
        TeamCatalogue teams = new ConfiguredTeamCatalogue(environment);
        assertThat(teams.find("rotterdam", "rct")).hasValueSatisfying(team -> {
            assertThat(team.name()).isEqualTo("Regionaal Controleteam");
            assertThat(team.municipalities()).containsExactlyInAnyOrder("GM0599", "GM0482");
            assertThat(team.yearlyTarget()).isEqualTo(12);
        });
        assertThat(teams.find("ijsselland", "rct")).isEmpty();
        assertThat(teams.of("kennemerland")).isEmpty();
    }
}
