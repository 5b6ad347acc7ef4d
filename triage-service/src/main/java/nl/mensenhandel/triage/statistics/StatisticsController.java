package nl.mensenhandel.triage.statistics;

import org.springframework.core.env.Environment;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.statistics.StatisticsAnswers;
import nl.mensenhandel.platform.statistics.StatisticsCallers;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.triage.api.StatisticsApi;
import reactor.core.publisher.Mono;

/**
 * getTriageStatistics: the monitor's service account only ({@code triage.statistics-clients}, rule
 * {@value StatisticsCallers#RULE}), for the region it names; counted per request.
 */
@RestController
public class StatisticsController implements StatisticsApi {

    private final StatisticsAnswers answers;
    private final TriageStatistics statistics;

    public StatisticsController(Environment environment, TriageStatistics statistics) {
        this.answers = StatisticsAnswers.configured(environment, "triage");
        this.statistics = statistics;
    }

    @Override
    public Mono<ResponseEntity<ServiceStatistics>> getTriageStatistics(String region, ServerWebExchange exchange) {
        return answers.answer(region, statistics::count);
    }
}
