package nl.mensenhandel.platform.problem;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * A successful answer is never {@code application/problem+json} (RFC 9457: a problem document describes an error).
 * An operation that declares both {@code application/json} and {@code application/problem+json} lets content
 * negotiation pick the problem type for a 2xx answer now and then (found by the contract fuzzer on
 * putCostAllocation): before the answer is committed, such a 2xx answer is labelled {@code application/json}.
 */
public class SuccessIsNoProblem implements WebFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpResponse response = exchange.getResponse();
        response.beforeCommit(() -> {
            relabel(response);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    static void relabel(ServerHttpResponse response) {
        HttpStatusCode status = response.getStatusCode();
        MediaType type = response.getHeaders().getContentType();
        if (status != null && status.is2xxSuccessful() && type != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)) {
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
