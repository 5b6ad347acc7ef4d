package nl.mensenhandel.signal.statistics;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.signal.api.StatisticsApi;
import nl.mensenhandel.signal.api.model.MeasureDefinition;
import nl.mensenhandel.signal.api.model.ServiceStatistics;
import nl.mensenhandel.signal.api.model.StatisticsCell;
import nl.mensenhandel.signal.api.model.StatisticsDuration;
import nl.mensenhandel.signal.contract.ApiMapping;
import reactor.core.publisher.Mono;

/**
 * getSignalStatistics: the monitor's service account only ({@code signal.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; answered from the region's snapshot.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsCallers callers;
    private final SignalStatistics statistics;

    public StatisticsController(Environment environment, SignalStatistics statistics) {
        this.callers = StatisticsCallers.configured(environment, "signal");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getSignalStatistics(String region, ServerWebExchange exchange) {
        return callers.require(region).flatMap(reader -> statistics.current(reader.region()))
                .map(table -> ResponseEntity.ok(toApi(table)));
    }

    static ServiceStatistics toApi(StatisticsTable table) {
        return new ServiceStatistics(table.region(), ApiMapping.time(table.asOf()),
                table.cells().stream().map(c -> new StatisticsCell(c.measure(), c.dimensions(), c.count())).toList(),
                table.durations().stream().map(d -> new StatisticsDuration(d.measure(), d.dimensions(), d.count(),
                        d.medianDays())).toList(),
                table.definitions().stream().map(d -> new MeasureDefinition(d.measure(), d.definition(),
                        d.dimensions())).toList());
    }
}
