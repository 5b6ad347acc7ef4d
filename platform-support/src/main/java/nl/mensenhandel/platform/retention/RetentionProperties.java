package nl.mensenhandel.platform.retention;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.retention.*}: how often the sweep runs and, per record type, how long records are
 * kept — with an override per region, e.g.
 *
 * <pre>
 * platform.retention.records.uncased-signals.period: P365D
 * platform.retention.records.uncased-signals.regions.rotterdam: P180D
 * </pre>
 */
@ConfigurationProperties("platform.retention")
public class RetentionProperties {

    /** Off only for a deployment that runs retention elsewhere; the rules stay idempotent either way. */
    private boolean enabled = true;
    private Duration interval = Duration.ofHours(1);
    private Duration initialDelay = Duration.ofMinutes(5);
    private Map<String, RecordRetention> records = new LinkedHashMap<>();

    public static class RecordRetention {

        private Duration period;
        private Map<String, Duration> regions = new LinkedHashMap<>();

        public Duration getPeriod() {
            return period;
        }

        public void setPeriod(Duration period) {
            this.period = period;
        }

        public Map<String, Duration> getRegions() {
            return regions;
        }

        public void setRegions(Map<String, Duration> regions) {
            this.regions = regions;
        }
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Duration getInterval() {
        return interval;
    }

    public void setInterval(Duration interval) {
        this.interval = interval;
    }

    public Duration getInitialDelay() {
        return initialDelay;
    }

    public void setInitialDelay(Duration initialDelay) {
        this.initialDelay = initialDelay;
    }

    public Map<String, RecordRetention> getRecords() {
        return records;
    }

    public void setRecords(Map<String, RecordRetention> records) {
        this.records = records;
    }
}
