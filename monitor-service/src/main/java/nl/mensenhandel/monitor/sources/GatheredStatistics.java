package nl.mensenhandel.monitor.sources;

import java.util.List;
import java.util.Optional;

/** What the services answered for one region: one result per source service, available or not. */
public record GatheredStatistics(String region, List<SourceResult> sources) {

    public Optional<SourceResult> from(String source) {
        return sources.stream().filter(s -> s.source().equals(source)).findFirst();
    }
}
