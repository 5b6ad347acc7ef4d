package nl.mensenhandel.care.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.mensenhandel.platform.crypto.BlindIndex;

/** The pseudonym: {@code CM-} + 12 hex, stable per trajectory, different per trajectory and per region. */
class PseudonymsTest {

    static final Pseudonyms PSEUDONYMS = new Pseudonyms(BlindIndex.fromEnvironment(localProfile()));

    private static MockEnvironment localProfile() {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles("local");
        return environment;
    }

    @Test
    void stablePerTrajectoryAndOfTheContractsShape() {
        String first = PSEUDONYMS.of("ijsselland", "3f1d2c9e-0000-4000-8000-000000000001");

        assertThat(first).matches("CM-[0-9a-f]{12}");
        assertThat(PSEUDONYMS.of("ijsselland", "3f1d2c9e-0000-4000-8000-000000000001")).isEqualTo(first);
        assertThat(first).doesNotContain("3f1d2c9e");
    }

    @Test
    void differentForAnotherTrajectoryAndForTheSameIdInAnotherRegion() {
        String id = "3f1d2c9e-0000-4000-8000-000000000001";

        assertThat(PSEUDONYMS.of("ijsselland", id))
                .isNotEqualTo(PSEUDONYMS.of("ijsselland", "3f1d2c9e-0000-4000-8000-000000000002"))
                .isNotEqualTo(PSEUDONYMS.of("rotterdam", id));
    }
}
