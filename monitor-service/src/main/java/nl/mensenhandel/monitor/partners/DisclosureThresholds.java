package nl.mensenhandel.monitor.partners;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.Audience;

/**
 * The disclosure thresholds per audience (contract schema {@code Audience}): {@code PUBLIEK} at
 * {@code monitor.disclosure.public-threshold} (default 5), {@code REGIO} at the region's own
 * {@code monitor.regions.<region>.disclosure.own-threshold} (default 1: what the region already publishes —
 * Heemstede's published tables hold counts of 1). Read from the environment by key, so this class shares the keys
 * with the figures' disclosure control without a second properties class binding them.
 */
@Component
public class DisclosureThresholds {

    static final int DEFAULT_PUBLIC = 5;
    static final int DEFAULT_OWN = 1;

    private final Environment environment;

    public DisclosureThresholds(Environment environment) {
        this.environment = environment;
    }

    public int threshold(String region, Audience audience) {
        if (audience == Audience.PUBLIEK) {
            return positive("monitor.disclosure.public-threshold", DEFAULT_PUBLIC);
        }
        return positive("monitor.regions." + region + ".disclosure.own-threshold", DEFAULT_OWN);
    }

    private int positive(String key, int fallback) {
        Integer value = environment.getProperty(key, Integer.class, fallback);
        if (value < 1) {
            throw new IllegalStateException(key + " must be at least 1");
        }
        return value;
    }
}
