package nl.mensenhandel.monitor.plateaus;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.sources.GatheredStatistics;
import nl.mensenhandel.monitor.sources.SourceResult;
import nl.mensenhandel.monitor.sources.StatisticsCount;
import nl.mensenhandel.monitor.sources.StatisticsSources;
import reactor.core.publisher.Mono;

/**
 * The platform's figure beside a criterion (contract PlateauCriterion.evidence): for the municipality and year, from
 * the services' statistics ({@link StatisticsSources}), as a Dutch sentence with the number — e.g. "3 signalen over
 * Zaanstad ontvangen in 2024". A service that did not answer says so ("signal-service niet bereikbaar"), never "0":
 * unknown is not zero (DOMAIN.md §9). Counts from 1 to the region's own threshold - 1 read {@code <threshold} (the
 * same disclosure control as the region's own figures). Only asked when a criterion has evidence configured.
 */
@Component
public class PlateauEvidence {

    private static final Logger LOG = LoggerFactory.getLogger(PlateauEvidence.class);
    /** The port answers partially itself; this only bounds a port that would not. */
    static final Duration LIMIT = Duration.ofSeconds(15);

    private final ObjectProvider<StatisticsSources> sources;

    public PlateauEvidence(ObjectProvider<StatisticsSources> sources) {
        this.sources = sources;
    }

    /** The subject of the sentences: the municipality's code and name, the year and the region's own threshold. */
    public record Subject(String region, String municipalityCode, String municipalityName, int year, int threshold) {
    }

    public Mono<Map<EvidenceKind, String>> sentences(Subject subject, Set<EvidenceKind> kinds) {
        if (kinds.isEmpty()) {
            return Mono.just(Map.of());
        }
        StatisticsSources port = sources.getIfAvailable();
        Mono<GatheredStatistics> gathered = port == null
                ? Mono.empty()
                : port.gather(subject.region()).timeout(LIMIT)
                        .doOnError(e -> LOG.warn("statistics not gathered for plateau evidence: region={} error={}",
                                subject.region(), e.getClass().getSimpleName()))
                        .onErrorResume(e -> Mono.empty());
        return gathered.map(statistics -> sentences(subject, kinds, statistics))
                .defaultIfEmpty(kinds.stream().collect(Collectors.toMap(kind -> kind,
                        kind -> kind.service() + " niet bereikbaar: geen cijfer")))
                .map(Map::copyOf);
    }

    static Map<EvidenceKind, String> sentences(Subject subject, Set<EvidenceKind> kinds,
            GatheredStatistics statistics) {
        Map<EvidenceKind, String> sentences = new EnumMap<>(EvidenceKind.class);
        for (EvidenceKind kind : kinds) {
            SourceResult result = statistics.from(kind.service()).orElse(null);
            if (result == null || !result.available()) {
                sentences.put(kind, kind.service() + " niet bereikbaar: geen cijfer");
                continue;
            }
            long count = result.cells().stream().filter(cell -> about(cell, kind, subject))
                    .mapToLong(StatisticsCount::count).sum();
            sentences.put(kind, sentence(kind, shown(count, subject.threshold()), subject));
        }
        return sentences;
    }

    private static boolean about(StatisticsCount cell, EvidenceKind kind, Subject subject) {
        return cell.measure().equals(kind.measure())
                && subject.municipalityCode().equals(cell.dimensions().get("municipalityCode"))
                && String.valueOf(subject.year()).equals(cell.dimensions().get("year"));
    }

    static String shown(long count, int threshold) {
        return count >= 1 && count < threshold ? "<" + threshold : String.valueOf(count);
    }

    private static String sentence(EvidenceKind kind, String count, Subject s) {
        return switch (kind) {
            case SIGNALEN -> count + " signalen over " + s.municipalityName() + " ontvangen in " + s.year()
                    + " (uniek; een signaal met meer vormen telt per vorm)";
            case ZORGTRAJECTEN -> count + " zorgtrajecten geopend in " + s.year() + " met " + s.municipalityName()
                    + " als verantwoordelijke gemeente";
            case CONTROLES -> count + " integrale controles uitgevoerd in " + s.municipalityName() + " in "
                    + s.year();
        };
    }
}
