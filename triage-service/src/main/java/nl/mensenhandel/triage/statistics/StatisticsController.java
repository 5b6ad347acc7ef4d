package nl.mensenhandel.triage.statistics;

import java.time.ZoneOffset;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.triage.api.StatisticsApi;
import nl.mensenhandel.triage.api.model.MeasureDefinition;
import nl.mensenhandel.triage.api.model.ServiceStatistics;
import nl.mensenhandel.triage.api.model.StatisticsCell;
import nl.mensenhandel.triage.api.model.StatisticsDuration;
import reactor.core.publisher.Mono;

/**
 * getTriageStatistics: the monitor's service account only ({@code triage.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsCallers callers;
    private final TriageStatistics statistics;

    public StatisticsController(Environment environment, TriageStatistics statistics) {
        this.callers = StatisticsCallers.configured(environment, "triage");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getTriageStatistics(String region, ServerWebExchange exchange) {
        return callers.require(region).flatMap(reader -> statistics.count(reader.region()))
                .map(table -> ResponseEntity.ok(toApi(table)));
    }

    static ServiceStatistics toApi(StatisticsTable table) {
        return new ServiceStatistics(table.region(), table.asOf().atOffset(ZoneOffset.UTC),
                table.cells().stream().map(c -> new StatisticsCell(c.measure(), c.dimensions(), c.count())).toList(),
                table.durations().stream().map(d -> new StatisticsDuration(d.measure(), d.dimensions(), d.count(),
                        d.medianDays())).toList(),
                table.definitions().stream().map(d -> new MeasureDefinition(d.measure(), d.definition(),
                        d.dimensions())).toList());
    }
}
