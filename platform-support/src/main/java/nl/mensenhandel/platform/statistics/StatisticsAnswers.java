package nl.mensenhandel.platform.statistics;

import java.time.ZoneOffset;
import java.util.function.Function;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;

import nl.mensenhandel.platform.statistics.api.model.MeasureDefinition;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.platform.statistics.api.model.StatisticsCell;
import nl.mensenhandel.platform.statistics.api.model.StatisticsDuration;
import reactor.core.publisher.Mono;

/**
 * A service's statistics operation ({@code get*Statistics}), answered the same way by every service: the caller is
 * checked by {@link StatisticsCallers} (rule {@value StatisticsCallers#RULE}) before anything is counted, then the
 * service's {@link StatisticsTable} for the region is answered as the contract's {@code ServiceStatistics}
 * (common.yaml; its model is generated once, in platform-support, and the services' generations map it in with
 * {@code schemaMappings}). A service's controller only names its configuration prefix and how it counts.
 */
public final class StatisticsAnswers {

    private final StatisticsCallers callers;

    public StatisticsAnswers(StatisticsCallers callers) {
        this.callers = callers;
    }

    /** The readers configured under {@code <prefix>.statistics-clients}: see {@link StatisticsCallers#configured}. */
    public static StatisticsAnswers configured(Environment environment, String prefix) {
        return new StatisticsAnswers(StatisticsCallers.configured(environment, prefix));
    }

    /**
     * 200 with the counts {@code counts} gives for the region, or the callers' 403/400 problem (then nothing is
     * counted).
     */
    public Mono<ResponseEntity<ServiceStatistics>> answer(String region,
            Function<String, Mono<StatisticsTable>> counts) {
        return callers.require(region).flatMap(reader -> counts.apply(reader.region()))
                .map(table -> ResponseEntity.ok(toApi(table)));
    }

    /** The contract's form of a table; {@code asOf} in UTC. */
    public static ServiceStatistics toApi(StatisticsTable table) {
        return new ServiceStatistics(table.region(),
                table.asOf() == null ? null : table.asOf().atOffset(ZoneOffset.UTC),
                table.cells().stream().map(c -> new StatisticsCell(c.measure(), c.dimensions(), c.count())).toList(),
                table.durations().stream().map(d -> new StatisticsDuration(d.measure(), d.dimensions(), d.count(),
                        d.medianDays())).toList(),
                table.definitions().stream().map(d -> new MeasureDefinition(d.measure(), d.definition(),
                        d.dimensions())).toList());
    }
}
