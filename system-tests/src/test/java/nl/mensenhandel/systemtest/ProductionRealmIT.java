package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The production realm (issue 6 §2) imports into the real Keycloak and enforces what it promises, and a
 * deployment without its secrets does not start: {@code deploy/keycloak/verify-production-realm} starts its
 * own Keycloak on its own port (8181, not the platform's 8180) and directory, checks through the admin
 * REST API and the token endpoint, and stops it again. It does not need the running platform.
 */
class ProductionRealmIT {

    private static final Duration BOUND = Duration.ofMinutes(15);

    @Test
    void theProductionRealmImportsAndEnforcesItsPolicyAndMissingSecretsStopTheStart() throws Exception {
        Path root = RunningPlatform.root();
        Path log = Files.createTempFile("verify-production-realm", ".log");
        Process process = new ProcessBuilder(root.resolve("deploy/keycloak/verify-production-realm").toString())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        boolean finished = process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS);
        if (!finished) {
            stop(process);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);
        assertThat(finished).as("verify-production-realm finished within " + BOUND).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("start-production refuses to start without each of")
                .contains("compose and k8s pass the realm variables fail-closed")
                .contains("no users but service accounts")
                .contains("no platform-cli client")
                .contains("brute force: lockout after")
                .contains("offline tokens impossible: scope offline_access refused")
                .contains("second factor REQUIRED in the browser flow")
                .contains("realm roles exactly the scoped ones: ['zorgaanbieder']")
                .contains("production realm verified");
    }

    /** The script stops its Keycloak on TERM; KILL whatever is left after that. */
    private static void stop(Process process) throws InterruptedException, IOException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
