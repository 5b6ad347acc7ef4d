package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's curl walk-through cannot rot (issue 7: as written it once answered 400): the shell block between
 * {@code <!-- walkthrough:begin -->} and {@code <!-- walkthrough:end -->} is run with bash, unchanged, against the
 * running platform. A {@code curl} wrapper defined before it records the status and body of every request to the
 * platform (token requests to Keycloak aside); the README states after each request what it answers
 * ({@code # → <status> …}): the statuses must match in order, and every {@code "field":value} written in such a
 * line must be in that answer.
 */
@ExtendWith(RunningPlatform.class)
class ReadmeWalkthroughIT {

    static final Pattern BLOCK = Pattern.compile(
            "<!-- walkthrough:begin -->\\s*```bash\\n(.*?)```\\s*<!-- walkthrough:end -->", Pattern.DOTALL);
    static final Pattern EXPECTATION = Pattern.compile("(?m)^# → (\\d{3})(.*)$");
    /** A literal JSON member in an expectation, e.g. "status":"ONTVANGEN" or "anonymousIntake":false. */
    static final Pattern MEMBER = Pattern.compile("\"[A-Za-z]+\":(?:\"[^\"…]*\"|true|false|-?\\d+)");

    /** Records each request to the platform: status in statuses, body in body-<n>; prints the body as curl would. */
    static final String HARNESS = """
            set -uo pipefail
            : > "$WALK_DIR/statuses"
            curl() {
              local out status n
              out=$(command curl -w '\\n%{http_code}' "$@")
              status=${out##*$'\\n'}
              out=${out%$'\\n'*}
              case "$*" in
                *openid-connect/token*) ;;
                *) n=$(( $(wc -l < "$WALK_DIR/statuses") + 1 ))
                   printf '%s' "$out" > "$WALK_DIR/body-$n"
                   echo "$status" >> "$WALK_DIR/statuses" ;;
              esac
              printf '%s\\n' "$out"
            }
            """;

    @Test
    void theReadmeWalkthroughAnswersWhatTheReadmeSays() throws Exception {
        String readme = Files.readString(RunningPlatform.root().resolve("README.md"), StandardCharsets.UTF_8);
        Matcher blocks = BLOCK.matcher(readme);
        int walked = 0;
        while (blocks.find()) {
            walk(blocks.group(1));
            walked++;
        }
        assertThat(walked).as("walk-through blocks marked in README.md").isPositive();
    }

    private static void walk(String block) throws IOException, InterruptedException {
        List<String[]> expected = new ArrayList<>();
        Matcher expectation = EXPECTATION.matcher(block);
        while (expectation.find()) {
            expected.add(new String[] {expectation.group(1), expectation.group(2)});
        }
        assertThat(expected).as("the block states what its requests answer (# → <status>)").isNotEmpty();

        // the public paths allow a burst of 5 per address, refilled 1/s: start with a full budget, as a reader does
        Thread.sleep(Duration.ofSeconds(6));
        Path dir = Files.createTempDirectory("readme-walkthrough");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", HARNESS + block)
                .directory(RunningPlatform.root().toFile()).redirectErrorStream(true);
        bash.environment().put("WALK_DIR", dir.toString());
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the walk-through finishes").isTrue();
        System.out.println("[readme-walkthrough]\n" + output);
        assertThat(process.exitValue()).as("exit status of the walk-through; output:\n" + output).isZero();

        List<String> statuses = Files.readAllLines(dir.resolve("statuses"));
        assertThat(statuses).as("one answer per request the README describes; output:\n" + output)
                .hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            String said = "# → " + expected.get(i)[0] + expected.get(i)[1];
            String body = Files.readString(dir.resolve("body-" + (i + 1)), StandardCharsets.UTF_8);
            assertThat(statuses.get(i)).as("request %d, README says: %s; answer: %s", i + 1, said, body)
                    .isEqualTo(expected.get(i)[0]);
            Matcher members = MEMBER.matcher(expected.get(i)[1]);
            while (members.find()) {
                assertThat(body).as("request %d, README says: %s", i + 1, said).contains(members.group());
            }
        }
    }
}
