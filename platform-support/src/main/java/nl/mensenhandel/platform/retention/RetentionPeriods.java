package nl.mensenhandel.platform.retention;

import java.time.Duration;
import java.util.Collection;

/** The retention period of a record type in a region: the region's override, else the type's period. */
public class RetentionPeriods {

    private final RetentionProperties properties;

    public RetentionPeriods(RetentionProperties properties) {
        this.properties = properties;
    }

    public Duration periodOf(String recordType, String region) {
        RetentionProperties.RecordRetention record = properties.getRecords().get(recordType);
        if (record == null || record.getPeriod() == null) {
            throw new IllegalStateException("No retention period configured: set platform.retention.records."
                    + recordType + ".period");
        }
        Duration override = region == null ? null : record.getRegions().get(region);
        return override != null ? override : record.getPeriod();
    }

    /** Fails at start-up, naming the property, when a rule has no period (no record kept forever by omission). */
    void requireConfigured(Collection<RetentionRule> rules) {
        rules.forEach(rule -> {
            Duration period = periodOf(rule.recordType(), null);
            if (period.isNegative() || period.isZero()) {
                throw new IllegalStateException("Retention period of " + rule.recordType() + " must be positive");
            }
        });
    }
}
