package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every production manifest validated offline (issue 12 §5): {@code deploy/k8s/validate/validate.mjs} renders
 * the kustomization of {@code deploy/k8s} as kubectl would and checks each object against the Kubernetes
 * schemas (types, required fields, unknown fields), the production shape (probes, resources, a
 * PodDisruptionBudget and a HorizontalPodAutoscaler per Deployment of ours), and {@code deploy/compose/compose.yaml}
 * against the Compose specification's schema. Its validators come from npm ({@code npm ci} from the
 * lock file). Broken copies prove that each kind of mistake is rejected. Needs node and npm (Debian
 * packages {@code nodejs npm}, which {@code .ci/run} installs); it does not need the running platform.
 */
class ManifestsIT {

    private static final Path ROOT = RunningPlatform.root();
    private static final Path VALIDATOR = ROOT.resolve("deploy/k8s/validate");

    @BeforeAll
    static void installTheValidator() throws Exception {
        assertThat(onPath("node")).as("node not found: install the Debian package nodejs (.ci/run does)").isTrue();
        assertThat(onPath("npm")).as("npm not found: install the Debian package npm (.ci/run does)").isTrue();
        Result install = run(VALIDATOR, 300, "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
        assertThat(install.exit()).as("npm ci in deploy/k8s/validate:%n%s", install.output()).isZero();
    }

    @Test
    void everyManifestOfTheRepositoryIsValid() throws Exception {
        Result result = validate();
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(result.output()).contains("manifests valid: k8s: ").contains("compose: ");
    }

    @Test
    void unknownFieldsWrongTypesAndAMissingShapeAreRejected(@TempDir Path dir) throws Exception {
        Path k8s = Files.createDirectories(dir.resolve("k8s"));
        Files.writeString(k8s.resolve("kustomization.yaml"), "resources:\n- gateway.yaml\n");
        String gateway = Files.readString(ROOT.resolve("deploy/k8s/gateway.yaml"));
        Files.writeString(k8s.resolve("gateway.yaml"), gateway
                // a misspelled field, which an API server would drop silently
                .replace("        readinessProbe:", "        readinesProbe:")
                // a wrong type
                .replace("      automountServiceAccountToken: false", "      automountServiceAccountToken: nope")
                // the autoscaler gone
                .substring(0, gateway.indexOf("# more replicas under load")));
        Path compose = dir.resolve("compose.yaml");
        Files.writeString(compose, Files.readString(ROOT.resolve("deploy/compose/compose.yaml"))
                .replaceFirst("\n    restart: ", "\n    restrat: "));

        Result result = validate("--k8s", k8s.toString(), "--compose", compose.toString());

        assertThat(result.exit()).as(result.output()).isEqualTo(1);
        assertThat(result.output())
                .contains("containers[0].readinesProbe: unknown field (not in V1Container)")
                .contains("automountServiceAccountToken must be boolean")
                .contains("readinessProbe on /actuator/health/readiness required")
                .contains("Deployment/gateway: no HorizontalPodAutoscaler (autoscaling/v2) scales it")
                .contains("must NOT have additional properties 'restrat'");
    }

    private static Result validate(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("node", "validate.mjs"));
        command.addAll(List.of(args));
        Result result = run(VALIDATOR, 120, command.toArray(String[]::new));
        System.out.println(result.output());
        return result;
    }

    private static boolean onPath(String tool) throws Exception {
        return run(ROOT, 10, "sh", "-c", "command -v " + tool).exit() == 0;
    }

    private record Result(int exit, String output) {
    }

    private static Result run(Path dir, long seconds, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("manifests", ".log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish within " + seconds + " s");
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Result(process.exitValue(), output);
    }
}
