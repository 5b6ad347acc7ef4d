package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
