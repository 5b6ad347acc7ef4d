package nl.mensenhandel.care.statistics;

import java.time.ZoneOffset;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.care.api.StatisticsApi;
import nl.mensenhandel.care.api.model.MeasureDefinition;
import nl.mensenhandel.care.api.model.ServiceStatistics;
import nl.mensenhandel.care.api.model.StatisticsCell;
import nl.mensenhandel.care.api.model.StatisticsDuration;
import reactor.core.publisher.Mono;

/**
 * getCareStatistics: the monitor's service account only ({@code care.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsCallers callers;
    private final CareStatistics statistics;

    public StatisticsController(Environment environment, CareStatistics statistics) {
        this.callers = StatisticsCallers.configured(environment, "care");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getCareStatistics(String region, ServerWebExchange exchange) {
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
