package nl.mensenhandel.monitor.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import nl.mensenhandel.monitor.api.model.Audience;

/** {@link AudienceThresholds}: the public threshold (default 5) and each region's own (default 1). */
class AudienceThresholdsTest {

    @Test
    void defaultsArePublicFiveAndOwnOne() {
        AudienceThresholds thresholds = new AudienceThresholds(new MockEnvironment());
        assertThat(thresholds.of("kennemerland", Audience.PUBLIEK)).isEqualTo(5);
        assertThat(thresholds.of("kennemerland", Audience.REGIO)).isEqualTo(1);
    }

    @Test
    void aRegionsOwnThresholdAppliesToItsOwnAudienceOnly() {
        AudienceThresholds thresholds = new AudienceThresholds(new MockEnvironment()
                .withProperty("monitor.regions.zaanstreek-waterland.disclosure.own-threshold", "3")
                .withProperty("monitor.disclosure.public-threshold", "10"));
        assertThat(thresholds.of("zaanstreek-waterland", Audience.REGIO)).isEqualTo(3);
        assertThat(thresholds.of("zaanstreek-waterland", Audience.PUBLIEK)).isEqualTo(10);
        assertThat(thresholds.of("kennemerland", Audience.REGIO)).isEqualTo(1);
    }
}
