package nl.mensenhandel.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform exactly as a person does — {@code deploy/local/up} — once for the whole run, and
 * stops it with {@code deploy/local/down} at the end if this run started it. A platform that is already
 * running (a developer's) is reused and left running.
 */
public final class RunningPlatform implements BeforeAllCallback, AutoCloseable {

    private static final Path ROOT = Path.of(System.getProperty("platform.root", "..")).toAbsolutePath().normalize();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static Map<String, String> env;
    private static boolean startedHere;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningPlatform.class) {
            if (env == null) {
                startedHere = !gatewayHealthy();
                long started = System.nanoTime();
                run("deploy/local/up");
                System.out.printf("[system-tests] platform ready in %d s (started by this run: %s)%n",
                        Duration.ofNanos(System.nanoTime() - started).toSeconds(), startedHere);
                env = readEnv();
                // closed when the whole test run ends
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put(RunningPlatform.class.getName(), this);
            }
        }
    }

    @Override
    public void close() throws Exception {
        if (startedHere) {
            run("deploy/local/down");
        }
    }

    public static String gatewayUrl() {
        return env.get("GATEWAY_URL");
    }

    public static String keycloakUrl() {
        return env.get("KEYCLOAK_URL");
    }

    public static String realm() {
        return env.get("KEYCLOAK_REALM");
    }

    public static String cliClientId() {
        return env.get("CLI_CLIENT_ID");
    }

    /** A value of {@code deploy/local/.run/platform.env} (e.g. {@code MAIL_API_URL}), or null. */
    public static String setting(String name) {
        return env.get(name);
    }

    public static Path root() {
        return ROOT;
    }

    /** Runs a launcher script, streaming its output into the test log; fails on a non-zero exit. */
    public static void run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(ROOT.resolve(script).toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(script + " exited with " + exit + " (logs: deploy/local/.run/logs/)");
        }
    }

    private static boolean gatewayHealthy() {
        try {
            HttpResponse<String> health = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:8090/actuator/health"))
                            .timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Map<String, String> readEnv() throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("deploy/local/.run/platform.env"))) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                continue;
            }
            String key = trimmed.replaceFirst("^export\\s+", "");
            int eq = key.indexOf('=');
            values.put(key.substring(0, eq), key.substring(eq + 1).replaceAll("^[\"']|[\"']$", ""));
        }
        return values;
    }
}
