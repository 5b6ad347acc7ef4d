package nl.mensenhandel.platform.keepalive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.HttpHandlerDecoratorFactory;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/**
 * A request that waited on a kept-alive connection while the previous answer went out, and is then answered at once,
 * must not stop the connection from reading the request after it (Reactor Netty issue 4361). The client sends a
 * slow request and an instant one together, reads both answers, then sends a third on the same connection.
 */
class KeepAliveReadGuardTest {

    private static final int ROUNDS = 30;
    /** the slow request is answered after this; the instant one queues behind it */
    private static final Duration SLOW = Duration.ofMillis(30);
    private static final int PATIENCE_MS = 1_000;

    /** "/slow" answers after a moment (a store read, a proxied call); everything else at once (a 401, a 404) */
    private static final HttpHandler HANDLER = (request, response) -> {
        Mono<Void> answer = response.writeWith(Mono.fromSupplier(
                () -> response.bufferFactory().wrap("ok".getBytes(StandardCharsets.US_ASCII))));
        if (request.getURI().getPath().equals("/slow")) {
            return Mono.delay(SLOW).then(answer);
        }
        response.setStatusCode(HttpStatus.UNAUTHORIZED);
        return answer;
    };

    @Test
    void reactorNettyStillStopsReadingWithoutTheGuard() throws IOException {
        int hung = hungConnections(HANDLER, "GET", true);
        assertThat(hung)
                .as("Reactor Netty read every next request without the guard: a version with the fix of issue 4361 "
                        + "is in use, and KeepAliveReadGuard (with this test) can be removed")
                .isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void withTheGuardEveryNextRequestIsRead(String method) throws IOException {
        assertThat(hungConnections(new KeepAliveReadGuard().apply(HANDLER), method, false))
                .as("connections whose third request was never answered, of %d", ROUNDS).isZero();
    }

    /** WebTestClient bound to an application: the request has no connection, and is handled as it is */
    @Test
    void aRequestThatNoServerReceivedIsHandledAtOnce() {
        MockServerHttpResponse response = new MockServerHttpResponse();
        new KeepAliveReadGuard().apply(HANDLER).handle(MockServerHttpRequest.get("/instant").build(), response)
                .block(Duration.ofSeconds(5));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBodyAsString().block(Duration.ofSeconds(5))).isEqualTo("ok");
    }

    @Test
    void everyReactiveWebApplicationGetsTheGuard() {
        new ReactiveWebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(KeepAliveAutoConfiguration.class))
                .run(context -> assertThat(context).getBean(HttpHandlerDecoratorFactory.class)
                        .isInstanceOf(KeepAliveReadGuard.class));
    }

    /**
     * Up to ROUNDS connections (until the first hang with {@code untilOneHangs}): the slow and the instant request
     * sent together, then a third after both answers. Returns how many connections never answered the third.
     */
    private static int hungConnections(HttpHandler handler, String instantMethod, boolean untilOneHangs)
            throws IOException {
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
        String body = "{\"reason\":\"" + "x".repeat(2_000) + "\"}";
        String instant = instantMethod.equals("POST")
                ? "POST /instant HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body
                : "GET /instant HTTP/1.1\r\nHost: test\r\n\r\n";
        int hung = 0;
        try {
            for (int round = 0; round < ROUNDS && !(untilOneHangs && hung > 0); round++) {
                try (Socket socket = new Socket("127.0.0.1", server.port())) {
                    socket.setSoTimeout(PATIENCE_MS);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = socket.getInputStream();
                    send(out, "GET /slow HTTP/1.1\r\nHost: test\r\n\r\n" + instant);
                    assertThat(statusOf(in)).isEqualTo(200);
                    assertThat(statusOf(in)).isEqualTo(401);
                    send(out, "GET /slow HTTP/1.1\r\nHost: test\r\n\r\n");
                    try {
                        assertThat(statusOf(in)).isEqualTo(200);
                    } catch (SocketTimeoutException e) {
                        hung++;
                    }
                }
            }
        } finally {
            server.disposeNow();
        }
        return hung;
    }

    private static void send(OutputStream out, String requests) throws IOException {
        out.write(requests.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Reads one answer (status line, headers, a Content-Length body) and returns its status. */
    private static int statusOf(InputStream in) throws IOException {
        String statusLine = line(in);
        int contentLength = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                contentLength = Integer.parseInt(header.substring("content-length:".length()).trim());
            }
        }
        in.readNBytes(contentLength);
        return Integer.parseInt(statusLine.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed");
            }
            if (b != '\r') {
                bytes.write(b);
            }
        }
        return bytes.toString(StandardCharsets.US_ASCII);
    }
}
