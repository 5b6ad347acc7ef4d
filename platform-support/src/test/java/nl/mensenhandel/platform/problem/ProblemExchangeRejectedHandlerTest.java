package nl.mensenhandel.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;

/** A path the firewall refuses is a 400 problem like every other client mistake (issue 6, contract fuzzing). */
class ProblemExchangeRejectedHandlerTest {

    @Test
    void aRefusedPathIsA400Problem() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/signals/%2e%2e/transitions"));

        new ProblemExchangeRejectedHandler().handle(exchange, new ServerExchangeRejectedException("not normalised"))
                .block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(400);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:mensenhandel:problem:malformed-request\"", "\"status\":400");
    }
}
