package nl.mensenhandel.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import reactor.core.publisher.Flux;

/**
 * A refusal answered before the request is handled ({@link Problems#writeRefusal}): the body is read first, then
 * the problem is written with {@code Connection: close} (KeepAliveAfterEarlyAnswerIT shows why, end to end).
 */
class RefusalTest {

    private static final DefaultDataBufferFactory BUFFERS = DefaultDataBufferFactory.sharedInstance;

    @Test
    void theBodyIsReadBeforeTheAnswerAndTheConnectionIsClosedAfterIt() {
        AtomicInteger chunksRead = new AtomicInteger();
        Flux<DataBuffer> body = Flux.range(0, 5).map(i -> chunk(1_000)).doOnNext(b -> chunksRead.incrementAndGet());
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/signals").body(body));

        Problems.writeRefusal(exchange, ProblemType.UNAUTHENTICATED, "A bearer token is required.").block();

        assertThat(chunksRead).hasValue(5);
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(401);
        assertThat(exchange.getResponse().getHeaders().getConnection()).containsExactly("close");
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"type\":\"urn:mensenhandel:problem:unauthenticated\"");
    }

    @Test
    void aBodyOverTheBoundIsNotWaitedForAndItsConnectionIsNotClosed() {
        AtomicInteger chunksRead = new AtomicInteger();
        // an endless body: the answer must come anyway, after a little over the bound
        Flux<DataBuffer> body = Flux.generate(sink -> sink.next(chunk(64 * 1024)));
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/signals")
                .body(body.doOnNext(b -> chunksRead.incrementAndGet())));

        Problems.writeRefusal(exchange, ProblemType.RATE_LIMITED, "Too many requests.").block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(429);
        assertThat((long) chunksRead.get() * 64 * 1024).isGreaterThan(Problems.MAX_DRAINED_BYTES)
                .isLessThanOrEqualTo(Problems.MAX_DRAINED_BYTES + 64 * 1024);
        // closing while the client still sends would reset the connection before it reads the answer
        assertThat(exchange.getResponse().getHeaders().getConnection()).isEmpty();
    }

    @Test
    void aBodyAsLargeAsAnAttachmentIsReadBeforeTheConnectionIsClosed() {
        AtomicInteger chunksRead = new AtomicInteger();
        // 7 MB: what a field tool sends with a 5 MB attachment (base64), without a valid token
        Flux<DataBuffer> body = Flux.range(0, 112).map(i -> chunk(64 * 1024)).doOnNext(b -> chunksRead.incrementAndGet());
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/enforcement/inspections/x/attachments")
                .body(body));

        Problems.writeRefusal(exchange, ProblemType.UNAUTHENTICATED, "A bearer token is required.").block();

        assertThat(chunksRead).hasValue(112);
        assertThat(exchange.getResponse().getHeaders().getConnection()).containsExactly("close");
    }

    @Test
    void aBodyThatDoesNotComeIsNotWaitedForAndItsConnectionIsNotClosed() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/signals").body(Flux.never()));

        long started = System.nanoTime();
        Problems.writeRefusal(exchange, ProblemType.UNAUTHENTICATED, "A bearer token is required.").block();

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(Problems.MAX_DRAIN_TIME.plusSeconds(2));
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(401);
        assertThat(exchange.getResponse().getHeaders().getConnection()).isEmpty();
    }

    @Test
    void aRequestWithoutBodyIsAnsweredAtOnce() {
        var exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/monitor/figures"));

        Problems.writeRefusal(exchange, ProblemType.UNAUTHENTICATED, "A bearer token is required.").block();

        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(401);
        assertThat(exchange.getResponse().getHeaders().getConnection()).containsExactly("close");
    }

    private static DataBuffer chunk(int size) {
        return BUFFERS.wrap("x".repeat(size).getBytes(StandardCharsets.UTF_8));
    }
}
