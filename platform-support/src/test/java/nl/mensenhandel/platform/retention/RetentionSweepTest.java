package nl.mensenhandel.platform.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.testing.MutableClock;
import reactor.core.publisher.Mono;

class RetentionSweepTest {

    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    /** Records the cutoff it was called with per region. */
    static final class RecordingRule implements RetentionRule {
        final Map<String, Instant> cutoffs = new ConcurrentHashMap<>();
        final String type;
        final boolean perRegion;

        RecordingRule(String type, boolean perRegion) {
            this.type = type;
            this.perRegion = perRegion;
        }

        @Override
        public String recordType() {
            return type;
        }

        @Override
        public boolean perRegion() {
            return perRegion;
        }

        @Override
        public Mono<Long> apply(String region, Instant cutoff, Instant now) {
            cutoffs.put(region == null ? "-" : region, cutoff);
            return Mono.just(1L);
        }
    }

    static RetentionProperties properties() {
        RetentionProperties properties = new RetentionProperties();
        RetentionProperties.RecordRetention signals = new RetentionProperties.RecordRetention();
        signals.setPeriod(Duration.ofDays(365));
        signals.setRegions(Map.of("rotterdam", Duration.ofDays(180)));
        RetentionProperties.RecordRetention keys = new RetentionProperties.RecordRetention();
        keys.setPeriod(Duration.ofDays(30));
        properties.setRecords(Map.of("signals", signals, "keys", keys));
        return properties;
    }

    @Test
    void eachRegionIsSweptWithItsOwnPeriodAndRegionlessRecordsOnce() {
        RecordingRule signals = new RecordingRule("signals", true);
        RecordingRule keys = new RecordingRule("keys", false);
        MutableClock clock = new MutableClock(NOW);
        RetentionSweep sweep = new RetentionSweep(List.of(signals, keys), new RetentionPeriods(properties()),
                () -> new TreeSet<>(List.of("rotterdam", "zaanstreek-waterland")), properties(), clock);

        List<RetentionSweep.Result> results = sweep.sweepOnce().block();

        assertThat(signals.cutoffs).containsEntry("rotterdam", NOW.minus(Duration.ofDays(180)))
                .containsEntry("zaanstreek-waterland", NOW.minus(Duration.ofDays(365)));
        assertThat(keys.cutoffs).containsOnlyKeys("-").containsEntry("-", NOW.minus(Duration.ofDays(30)));
        assertThat(results).hasSize(3);

        clock.advance(Duration.ofDays(1));
        sweep.sweepOnce().block();
        assertThat(signals.cutoffs).containsEntry("rotterdam", NOW.plus(Duration.ofDays(1)).minus(Duration.ofDays(180)));
    }

    @Test
    void aRuleWithoutAConfiguredPeriodStopsTheStartNamingTheProperty() {
        assertThatThrownBy(() -> new RetentionSweep(List.of(new RecordingRule("unknown-records", true)),
                new RetentionPeriods(properties()), TreeSet::new, properties(), new MutableClock(NOW)))
                .hasMessageContaining("platform.retention.records.unknown-records.period");
    }
}
