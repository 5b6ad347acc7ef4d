package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client that is answered before it has sent its whole request keeps its connection usable. A field tool or a
 * care provider's system that posts without a (valid) token gets a 401 from the gateway before the gateway reads
 * the body; its next request, sent at once on the same kept-alive connection, must be answered like any other.
 * Reactor Netty 1.3 could stop reading such a connection (platform-support {@code Problems.writeRefusal}, which
 * now reads the body and closes the connection after a refusal): one such pair in a few hundred to a few thousand
 * hung until the client gave up, which made the access-matrix suite fail now and then. The test sends
 * {@value #PAIRS} such pairs through the gateway, each answer within {@value #SECONDS} s. Before the fix both runs
 * of it failed (at pairs 31 and 116); after it, four runs and 6,000 more such pairs had no hang.
 */
@ExtendWith(RunningPlatform.class)
class KeepAliveAfterEarlyAnswerIT {

    private static final int PAIRS = 3_000;
    private static final int SECONDS = 3;
    private static final int CONNECTIONS = 200;
    private static final List<String> COORDINATORS = List.of("zc.zaanstreek", "zc.kennemerland", "zc.ijsselland",
            "zc.rotterdam");

    @Test
    void theNextRequestOnAConnectionIsAnsweredAfterA401ThatLeftTheBodyUnread() {
        String url = RunningPlatform.gatewayUrl() + "/api/care/trajectories";
        // the care coordinators of four regions: each has its own budget at the gateway's rate limit
        List<String> tokens = COORDINATORS.stream().map(Api::token).toList();
        // large enough to arrive in more than one read, so the 401 goes out before the body is in
        String body = "{\"caseId\":\"" + "x".repeat(60_000) + "\"}";
        Duration timeout = Duration.ofSeconds(SECONDS);
        List<String> failures = new ArrayList<>();
        for (int pair = 0; pair < PAIRS && failures.size() < 3; pair++) {
            Api.Response refused = answer(() -> Api.call("POST", url, null, body, Map.of(), timeout), failures, pair);
            if (refused != null && refused.status() != 401) {
                failures.add("pair " + pair + ": the tokenless POST got " + refused.status() + ", not 401");
            }
            String token = tokens.get(pair % tokens.size());
            Api.Response next = answer(() -> Api.call("GET", url + "?size=1", token, null, Map.of(), timeout),
                    failures, pair);
            if (next != null && next.status() != 200) {
                failures.add("pair " + pair + ": the next GET got " + next.status() + ", not 200");
            }
        }
        assertThat(failures).as("every request of %d pairs answered within %d s", PAIRS, SECONDS).isEmpty();
    }

    /**
     * A client that sends its next request while the previous answer is still on its way (HTTP/1.1 pipelining, or
     * simply a quick client) and gets an instant answer to it must still be read afterwards. Reactor Netty 1.3 stops
     * reading such a connection (issue 4361; platform-support {@code KeepAliveReadGuard} starts every request's
     * handling one event-loop task later). Per connection: a proxied read and a read of an unknown path (the
     * gateway's instant 404) sent together, then a third request after both answers. With the guard switched off in
     * the gateway alone, the third request hung on all 30 of 30 such connections; with it, on none of 100.
     */
    @Test
    void aQueuedInstantAnswerDoesNotStopTheConnection() {
        URI gateway = URI.create(RunningPlatform.gatewayUrl());
        // one coordinator's token per connection in turn: within each one's budget at the gateway's rate limit
        List<String> tokens = COORDINATORS.stream().map(Api::token).toList();
        List<String> failures = new ArrayList<>();
        for (int connection = 0; connection < CONNECTIONS && failures.size() < 3; connection++) {
            String proxied = "GET /api/care/trajectories?size=1 HTTP/1.1\r\nHost: " + gateway.getAuthority()
                    + "\r\nAuthorization: Bearer " + tokens.get(connection % tokens.size())
                    + "\r\nAccept: application/json\r\n\r\n";
            String unknownPath = proxied.replace("/api/care/trajectories?size=1", "/api/no-such-service");
            try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
                socket.setSoTimeout(SECONDS * 1_000);
                OutputStream out = socket.getOutputStream();
                InputStream in = socket.getInputStream();
                out.write((proxied + unknownPath).getBytes(StandardCharsets.US_ASCII));
                out.flush();
                int first = RawAnswer.read(in);
                int second = RawAnswer.read(in);
                out.write(proxied.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                int third = RawAnswer.read(in);
                if (first != 200 || second != 404 || third != 200) {
                    failures.add("connection " + connection + ": " + first + ", " + second + ", " + third);
                }
            } catch (SocketTimeoutException e) {
                failures.add("connection " + connection + ": no answer within " + SECONDS + " s");
            } catch (IOException e) {
                failures.add("connection " + connection + ": " + e.getMessage());
            }
        }
        assertThat(failures).as("%d connections: 200, 404, then 200 again", CONNECTIONS).isEmpty();
    }

    /** One HTTP/1.1 answer read off a socket: its status; the body (by length or in chunks) is skipped. */
    private static final class RawAnswer {

        static int read(InputStream in) throws IOException {
            int status = Integer.parseInt(line(in).split(" ")[1]);
            long length = 0;
            boolean chunked = false;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                String name = header.substring(0, header.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(header.indexOf(':') + 1).trim();
                if (name.equals("content-length")) {
                    length = Long.parseLong(value);
                } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                    chunked = true;
                }
            }
            if (!chunked) {
                in.skipNBytes(length);
                return status;
            }
            for (long chunk = Long.parseLong(line(in), 16); chunk > 0; chunk = Long.parseLong(line(in), 16)) {
                in.skipNBytes(chunk);
                line(in);
            }
            line(in);
            return status;
        }

        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            int b;
            while ((b = in.read()) != '\n') {
                if (b < 0) {
                    throw new IOException("the gateway closed the connection");
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }
    }

    private static Api.Response answer(java.util.function.Supplier<Api.Response> request, List<String> failures,
            int pair) {
        try {
            return request.get();
        } catch (java.io.UncheckedIOException e) {
            failures.add("pair " + pair + ": " + e.getMessage());
            return null;
        }
    }
}
