package nl.mensenhandel.care.statistics;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsAnswers;
import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.care.api.StatisticsApi;
import reactor.core.publisher.Mono;

/**
 * getCareStatistics: the monitor's service account only ({@code care.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsAnswers answers;
    private final CareStatistics statistics;

    public StatisticsController(Environment environment, CareStatistics statistics) {
        this.answers = StatisticsAnswers.configured(environment, "care");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getCareStatistics(String region, ServerWebExchange exchange) {
        return answers.answer(region, statistics::count);
    }
}
