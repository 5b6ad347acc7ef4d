package nl.mensenhandel.platform.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.statistics.api.model.ServiceStatistics;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/** A table answered in the contract's form, only to a listed reader, counted only after the caller is checked. */
class StatisticsAnswersTest {

    final StatisticsAnswers answers = new StatisticsAnswers(
            new StatisticsCallers(List.of("monitor-service"), MunicipalityRegistry.load()));

    final StatisticsTable table = new StatisticsTable("kennemerland", Instant.parse("2024-07-01T10:15:30Z"),
            List.of(new StatisticsTable.Cell("SIGNALS_RAW", Map.of("year", "2024", "quarter", "3"), 4)),
            List.of(new StatisticsTable.Median("TIME_TO_TRIAGE", Map.of("year", "2024"), 7, 2.5)),
            List.of(new StatisticsTable.Definition("SIGNALS_RAW", "Signals received", List.of("year", "quarter"))));

    @Test
    void everyPartOfTheTableIsInTheContractsForm() {
        ServiceStatistics api = StatisticsAnswers.toApi(table);
        assertThat(api.getRegion()).isEqualTo("kennemerland");
        assertThat(api.getAsOf()).isEqualTo(OffsetDateTime.of(2024, 7, 1, 10, 15, 30, 0, ZoneOffset.UTC));
        assertThat(api.getCells()).singleElement().satisfies(c -> {
            assertThat(c.getMeasure()).isEqualTo("SIGNALS_RAW");
            assertThat(c.getDimensions()).isEqualTo(Map.of("year", "2024", "quarter", "3"));
            assertThat(c.getCount()).isEqualTo(4L);
        });
        assertThat(api.getDurations()).singleElement().satisfies(d -> {
            assertThat(d.getMeasure()).isEqualTo("TIME_TO_TRIAGE");
            assertThat(d.getDimensions()).isEqualTo(Map.of("year", "2024"));
            assertThat(d.getCount()).isEqualTo(7L);
            assertThat(d.getMedianDays()).isEqualTo(2.5);
        });
        assertThat(api.getDefinitions()).singleElement().satisfies(d -> {
            assertThat(d.getMeasure()).isEqualTo("SIGNALS_RAW");
            assertThat(d.getDefinition()).isEqualTo("Signals received");
            assertThat(d.getDimensions()).containsExactly("year", "quarter");
        });
    }

    @Test
    void theListedReaderGetsTheCountsOfTheRegionItNames() {
        AtomicInteger counted = new AtomicInteger();
        ResponseEntity<ServiceStatistics> answer = StatisticsCallersTest.as(
                StatisticsCallersTest.token(Map.of("azp", "monitor-service")),
                answers.answer("kennemerland", region -> {
                    counted.incrementAndGet();
                    return Mono.just(table.at(Instant.EPOCH)).filter(t -> t.region().equals(region));
                })).block();
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody().getRegion()).isEqualTo("kennemerland");
        assertThat(answer.getBody().getAsOf().toInstant()).isEqualTo(Instant.EPOCH);
        assertThat(counted).hasValue(1);
    }

    @Test
    void anyoneElseIsRefusedBeforeAnythingIsCounted() {
        AtomicInteger counted = new AtomicInteger();
        ApiProblem refused = catchThrowableOfType(ApiProblem.class, () -> StatisticsCallersTest.as(
                StatisticsCallersTest.token(Map.of("azp", "enforcement-service")),
                answers.answer("kennemerland", region -> {
                    counted.incrementAndGet();
                    return Mono.just(table);
                })).block());
        assertThat(refused.type()).isEqualTo(ProblemType.FORBIDDEN);
        assertThat(counted).hasValue(0);
    }
}
