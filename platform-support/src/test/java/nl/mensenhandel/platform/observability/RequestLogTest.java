package nl.mensenhandel.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import reactor.core.publisher.Mono;

/** One line per answered request, or (the gateway's setting) only refusals, errors and slow answers. */
class RequestLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(RequestLog.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void capture() {
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void release() {
        logger.detachAppender(lines);
    }

    @Test
    void everyAnswerIsLoggedByDefault() {
        answer(new RequestLog(true, Duration.ofSeconds(1)), HttpStatus.OK, Duration.ZERO);

        assertThat(lines.list).hasSize(1);
        assertThat(keyValues(lines.list.get(0))).contains("http.response.status_code=200", "http.request.method=GET");
    }

    @Test
    void withoutSuccessesAFastSuccessIsNotLogged() {
        answer(new RequestLog(false, Duration.ofSeconds(1)), HttpStatus.OK, Duration.ZERO);

        assertThat(lines.list).isEmpty();
    }

    @Test
    void withoutSuccessesRefusalsAndErrorsAreLogged() {
        RequestLog log = new RequestLog(false, Duration.ofSeconds(1));
        answer(log, HttpStatus.UNAUTHORIZED, Duration.ZERO);
        answer(log, HttpStatus.TOO_MANY_REQUESTS, Duration.ZERO);
        answer(log, HttpStatus.SERVICE_UNAVAILABLE, Duration.ZERO);

        assertThat(lines.list).extracting(RequestLogTest::keyValues).map(List::toString)
                .anySatisfy(kv -> assertThat(kv).contains("=401"))
                .anySatisfy(kv -> assertThat(kv).contains("=429"))
                .anySatisfy(kv -> assertThat(kv).contains("=503"));
    }

    @Test
    void withoutSuccessesASlowSuccessIsLogged() {
        answer(new RequestLog(false, Duration.ofMillis(50)), HttpStatus.OK, Duration.ofMillis(80));

        assertThat(lines.list).hasSize(1);
    }

    private static void answer(RequestLog log, HttpStatus status, Duration after) {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/signals"));
        WebFilterChain chain = ex -> Mono.delay(after).then(Mono.defer(() -> {
            ex.getResponse().setStatusCode(status);
            return ex.getResponse().setComplete();
        }));
        log.filter(exchange, chain).block();
    }

    private static List<String> keyValues(ILoggingEvent event) {
        return event.getKeyValuePairs() == null ? List.of()
                : event.getKeyValuePairs().stream().map(kv -> kv.key + "=" + kv.value).toList();
    }
}
