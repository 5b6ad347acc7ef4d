package nl.mensenhandel.platform.problem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Builds problem details and writes them where no controller advice reaches (security, gateway filters). */
public final class Problems {

    public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * The most of a refused request's body that is read before the answer (see {@link #writeRefusal}): above the
     * largest body a service accepts (enforcement-service's attachments, 8 MB).
     */
    static final long MAX_DRAINED_BYTES = 16L * 1024 * 1024;
    /** The longest a refusal waits for the rest of the request's body before it answers anyway. */
    static final Duration MAX_DRAIN_TIME = Duration.ofSeconds(2);

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, HttpStatusCode status, String detail, List<InvalidField> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    /**
     * A refusal answered before the request was handled (401 without a valid token, 429 over a limit): the
     * request's body is read and dropped first, then the problem is written and the connection closed after it, so
     * the client's next request goes on a fresh connection.
     * <p>
     * Why: Reactor Netty 1.3.x (up to at least 1.3.7) can stop reading a kept-alive HTTP/1.1 connection when a
     * request that arrived while the previous one was still finishing is answered at once (reactor-netty issue
     * 4361, fixed after the versions we can use). The client's next request on that connection is then never read,
     * and it waits until it gives up: a client that was proxied a 200 and then sent a request without a token hung
     * on the request after it, about once in a thousand such pairs ({@code KeepAliveAfterEarlyAnswerIT}). Closing
     * is only safe once the body is in: a connection closed while the client is still sending is reset, and the
     * client never sees the answer. So a body over {@value #MAX_DRAINED_BYTES} bytes (more than any service
     * accepts), or one still not in after {@code MAX_DRAIN_TIME}, is not waited for and its connection is not
     * closed: Reactor Netty drops the rest, as before. The same bug after any other instant answer is what
     * {@link nl.mensenhandel.platform.keepalive.KeepAliveReadGuard} prevents.
     */
    public static Mono<Void> writeRefusal(ServerWebExchange exchange, ProblemType type, String detail) {
        return exchange.getRequest().getBody()
                .scan(0L, (read, buffer) -> {
                    long total = read + buffer.readableByteCount();
                    DataBufferUtils.release(buffer);
                    return total;
                })
                .takeUntil(read -> read > MAX_DRAINED_BYTES)
                .last(0L)
                // a body that is slow to come is not waited for either: answer, and leave the connection be
                .timeout(MAX_DRAIN_TIME, Mono.just(Long.MAX_VALUE))
                // a body that cannot be read (already read, connection gone): the same
                .onErrorResume(e -> Mono.just(Long.MAX_VALUE))
                .flatMap(read -> {
                    if (read <= MAX_DRAINED_BYTES && !exchange.getResponse().isCommitted()) {
                        exchange.getResponse().getHeaders().set(HttpHeaders.CONNECTION, "close");
                    }
                    return write(exchange, type, detail);
                });
    }

    /** Writes a problem straight to the response, for filters and security handlers. */
    public static Mono<Void> write(ServerWebExchange exchange, ProblemType type, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", detail);
        body.put("instance", exchange.getRequest().getPath().value());
        response.setStatusCode(type.status());
        response.getHeaders().setContentType(PROBLEM_JSON);
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }
}
