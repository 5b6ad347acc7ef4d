package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The services' images (issue 12 §4), built the way the README says ({@code deploy/images/build}: the base
 * image offline, then Jib's {@code buildTar} per service — no Docker daemon, no registry), are what Kubernetes
 * expects: the production JVM flags in the entrypoint (heap from the container's memory, full JIT, G1, exit on
 * OutOfMemoryError), uid 1002 / gid 1000, port 8080. And an image runs: the gateway's layers are unpacked into
 * a folder and its entrypoint started there as a container runtime would — chroot into the image's files,
 * as its user, root file system read-only with a writable /tmp (as in deploy/k8s) — until its health says
 * UP. Without root (chroot needs it) the image's own java runs the image's classpath instead, printed.
 */
class ImageIT {

    private static final Path ROOT = RunningPlatform.root();
    private static final List<String> MODULES = List.of("signal-service", "triage-service",
            "care-coordination-service", "enforcement-service", "monitor-service", "gateway");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void buildTheImages() throws Exception {
        Path log = Files.createTempFile("images", ".log");
        Process build = new ProcessBuilder(ROOT.resolve("deploy/images/build").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean finished = build.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            build.descendants().forEach(ProcessHandle::destroyForcibly);
            build.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output.lines().filter(l -> l.startsWith("[images]")).reduce("", (a, b) -> a + b + "\n"));
        assertThat(finished).as("deploy/images/build finished within 20 minutes").isTrue();
        assertThat(build.exitValue()).as(output).isZero();
    }

    @Test
    void everyImageHasTheProductionEntrypointUserAndPort(@TempDir Path dir) throws Exception {
        for (String module : MODULES) {
            JsonNode config = imageConfig(module, dir.resolve(module)).path("config");
            List<String> entrypoint = new ArrayList<>();
            config.path("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
            assertThat(entrypoint).as(module + " entrypoint")
                    .startsWith("java")
                    .contains("-XX:MaxRAMPercentage=75", "-XX:InitialRAMPercentage=50", "-XX:+UseG1GC",
                            "-XX:+ExitOnOutOfMemoryError", "-cp", "@/app/jib-classpath-file")
                    .noneMatch(part -> part.startsWith("-XX:TieredStopAtLevel") || part.startsWith("-Xmx"));
            assertThat(entrypoint.getLast()).as(module + " main class").startsWith("nl.mensenhandel.");
            assertThat(config.path("User").asString()).as(module + " user").isEqualTo("1002:1000");
            assertThat(config.path("ExposedPorts").has("8080/tcp")).as(module + " exposes 8080").isTrue();
            assertThat(config.path("Env").toString()).as(module + " env")
                    .contains("PATH=/opt/java/bin").contains("JAVA_HOME=/opt/java");
        }
    }

    @Test
    void theGatewayImageStartsFromItsOwnFilesAndReportsUp(@TempDir Path dir) throws Exception {
        Path unpacked = dir.resolve("unpacked");
        JsonNode image = imageConfig("gateway", unpacked);
        Path rootfs = Files.createDirectories(dir.resolve("rootfs"));
        for (JsonNode layer : image.path("layers")) {
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", unpacked.resolve(layer.asString()).toString(),
                    "-C", rootfs.toString()));
        }
        assertThat(rootfs.resolve("opt/java/bin/java")).isExecutable();
        assertThat(rootfs.resolve("app/jib-classpath-file")).exists();

        int port = freePort();
        Map<String, String> env = new LinkedHashMap<>();
        image.path("config").path("Env").forEach(e -> {
            String[] pair = e.asString().split("=", 2);
            env.put(pair[0], pair[1]);
        });
        env.put("SERVER_PORT", String.valueOf(port));
        // health on the same port, whatever application.yml says about a management port
        env.put("MANAGEMENT_SERVER_PORT", String.valueOf(port));
        env.put("GATEWAY_CLIENT_SECRET", "image-test-secret");

        List<String> entrypoint = new ArrayList<>();
        image.path("config").path("Entrypoint").forEach(part -> entrypoint.add(part.asString()));
        List<String> command = new ArrayList<>();
        if (canChroot()) {
            // a private mount namespace: the mounts vanish with the process
            String user = image.path("config").path("User").asString();
            command.addAll(List.of("/usr/bin/unshare", "--mount", "--fork", "/bin/sh", "-c",
                    "set -e; r=$0; mount --bind \"$r\" \"$r\"; mount -o remount,bind,ro \"$r\";"
                            + " mount -t tmpfs -o mode=1777 tmpfs \"$r/tmp\"; mount -t proc proc \"$r/proc\";"
                            + " mount --rbind /dev \"$r/dev\"; u=$1; shift; exec /usr/sbin/chroot --userspec=\"$u\" \"$r\" \"$@\"",
                    rootfs.toString(), user));
            command.addAll(entrypoint);
        } else {
            System.out.println("[ImageIT] no root or no mount namespace here (unshare --mount refused): running the"
                    + " image's java on the image's classpath outside a chroot");
            Path classpath = dir.resolve("classpath");
            Files.writeString(classpath, Files.readString(rootfs.resolve("app/jib-classpath-file"))
                    .replace("/app/", rootfs.resolve("app") + "/"));
            for (String part : entrypoint) {
                command.add(part.equals("java") ? rootfs.resolve("opt/java/bin/java").toString()
                        : part.equals("@/app/jib-classpath-file") ? "@" + classpath : part);
            }
        }

        Path log = dir.resolve("gateway.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        Process gateway = builder.start();
        try {
            String health = awaitHealth(port, gateway, Duration.ofMinutes(3));
            assertThat(health).as(Files.readString(log)).contains("\"status\":\"UP\"");
            assertThat(Files.readString(log)).contains("Started GatewayApplication");
        } finally {
            gateway.descendants().forEach(ProcessHandle::destroy);
            gateway.destroy();
            if (!gateway.waitFor(30, TimeUnit.SECONDS)) {
                gateway.descendants().forEach(ProcessHandle::destroyForcibly);
                gateway.destroyForcibly();
            }
        }
    }

    /** The image's manifest and config, from the docker-save tarball unpacked into {@code into}. */
    private static JsonNode imageConfig(String module, Path into) throws Exception {
        Path tarball = ROOT.resolve(module).resolve("target/image.tar");
        assertThat(tarball).as(module + " image").exists();
        Files.createDirectories(into);
        run(List.of("tar", "-xf", tarball.toString(), "-C", into.toString()));
        JsonNode manifest = JSON.readTree(into.resolve("manifest.json").toFile()).get(0);
        JsonNode config = JSON.readTree(into.resolve(manifest.path("Config").asString()).toFile());
        return JSON.createObjectNode().setAll(java.util.Map.of("config", config.path("config"),
                "layers", manifest.path("Layers")));
    }

    private static String awaitHealth(int port, Process process, Duration bound) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + bound.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(2))
                        .build(), HttpResponse.BodyHandlers.ofString());
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 200) {
                    return response.body();
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        return "not UP within " + bound + " (process alive: " + process.isAlive() + "): " + last;
    }

    /** Root, chroot, and a private mount namespace (a container without CAP_SYS_ADMIN refuses that). */
    private static boolean canChroot() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/unshare")) || !Files.isExecutable(Path.of("/usr/sbin/chroot"))) {
            return false;
        }
        Process probe = new ProcessBuilder("/usr/bin/unshare", "--mount", "--fork", "/bin/sh", "-c",
                "mount -t tmpfs tmpfs /mnt").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }
}
