package nl.mensenhandel.enforcement.statistics;

import java.time.ZoneOffset;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.enforcement.api.StatisticsApi;
import nl.mensenhandel.enforcement.api.model.MeasureDefinition;
import nl.mensenhandel.enforcement.api.model.ServiceStatistics;
import nl.mensenhandel.enforcement.api.model.StatisticsCell;
import nl.mensenhandel.enforcement.api.model.StatisticsDuration;
import reactor.core.publisher.Mono;

/**
 * getEnforcementStatistics: the monitor's service account only ({@code enforcement.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsCallers callers;
    private final EnforcementStatistics statistics;

    public StatisticsController(Environment environment, EnforcementStatistics statistics) {
        this.callers = StatisticsCallers.configured(environment, "enforcement");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getEnforcementStatistics(String region, ServerWebExchange exchange) {
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
