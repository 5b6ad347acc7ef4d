package nl.mensenhandel.signal.statistics;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsAnswers;
import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.signal.api.StatisticsApi;
import reactor.core.publisher.Mono;

/**
 * getSignalStatistics: the monitor's service account only ({@code signal.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; answered from the region's snapshot.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsAnswers answers;
    private final SignalStatistics statistics;

    public StatisticsController(Environment environment, SignalStatistics statistics) {
        this.answers = StatisticsAnswers.configured(environment, "signal");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getSignalStatistics(String region, ServerWebExchange exchange) {
        return answers.answer(region, statistics::current);
    }
}
