package nl.mensenhandel.enforcement.statistics;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsAnswers;
import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.enforcement.api.StatisticsApi;
import reactor.core.publisher.Mono;

/**
 * getEnforcementStatistics: the monitor's service account only ({@code enforcement.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsAnswers answers;
    private final EnforcementStatistics statistics;

    public StatisticsController(Environment environment, EnforcementStatistics statistics) {
        this.answers = StatisticsAnswers.configured(environment, "enforcement");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getEnforcementStatistics(String region, ServerWebExchange exchange) {
        return answers.answer(region, statistics::count);
    }
}
