package nl.mensenhandel.monitor.disclosure;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.Audience;

/**
 * The threshold per audience (contract {@code Audience}): {@code PUBLIEK} uses
 * {@code monitor.disclosure.public-threshold} (default 5, issue 11 §5 "a public or national view uses a higher one
 * (default 5)"); {@code REGIO} uses {@code monitor.regions.<region>.disclosure.own-threshold} (default 1: "the
 * region's own staff may see what the region already publishes (Heemstede's published tables hold counts of 1)").
 * Each audience gets exactly its configured threshold, never below 1 (1 = nothing suppressed). The figures and the
 * partner figures (package partners) both read their thresholds here.
 */
@Component
public class DisclosureThresholds {

    static final int DEFAULT_PUBLIC = 5;
    static final int DEFAULT_OWN = 1;

    private final Environment environment;

    public DisclosureThresholds(Environment environment) {
        this.environment = environment;
    }

    public int publicThreshold() {
        return Math.max(1, environment.getProperty("monitor.disclosure.public-threshold", Integer.class, DEFAULT_PUBLIC));
    }

    public int ownThreshold(String region) {
        return Math.max(1, environment.getProperty("monitor.regions." + region + ".disclosure.own-threshold",
                Integer.class, DEFAULT_OWN));
    }

    public int of(String region, Audience audience) {
        return audience == Audience.PUBLIEK ? publicThreshold() : ownThreshold(region);
    }
}
