package nl.mensenhandel.monitor.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.mensenhandel.monitor.api.model.Audience;

/** {@link DisclosureThresholds}: the public threshold (default 5) and each region's own (default 1). */
class DisclosureThresholdsTest {

    @Test
    void defaultsArePublicFiveAndOwnOne() {
        DisclosureThresholds thresholds = new DisclosureThresholds(new MockEnvironment());
        assertThat(thresholds.of("kennemerland", Audience.PUBLIEK)).isEqualTo(5);
        assertThat(thresholds.of("kennemerland", Audience.REGIO)).isEqualTo(1);
    }

    @Test
    void aRegionsOwnThresholdAppliesToItsOwnAudienceOnly() {
        DisclosureThresholds thresholds = new DisclosureThresholds(new MockEnvironment()
                .withProperty("monitor.regions.zaanstreek-waterland.disclosure.own-threshold", "3")
                .withProperty("monitor.disclosure.public-threshold", "10"));
        assertThat(thresholds.of("zaanstreek-waterland", Audience.REGIO)).isEqualTo(3);
        assertThat(thresholds.of("zaanstreek-waterland", Audience.PUBLIEK)).isEqualTo(10);
        assertThat(thresholds.of("kennemerland", Audience.REGIO)).isEqualTo(1);
    }
}
