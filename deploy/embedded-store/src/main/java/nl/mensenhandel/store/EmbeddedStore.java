package nl.mensenhandel.store;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Starts the embedded MongoDB wire-protocol store for local runs and system tests, persisted to one
 * H2 file so data survives a restart. Configured by environment: {@code STORE_PORT} (27017),
 * {@code STORE_FILE} (deploy/local/.run/store/platform.mv), {@code STORE_BIND} (127.0.0.1), {@code STORE_BACKEND}
 * ({@code h2}, or {@code memory}: nothing kept after a stop — deploy/bench/monitor, because the H2 backend deserialises
 * every stored document on each scan, and with a million signals one polling query held the collection for seconds).
 */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("STORE_PORT", "27017"));
        String bind = env("STORE_BIND", "127.0.0.1");
        Path file = Path.of(env("STORE_FILE", "deploy/local/.run/store/platform.mv")).toAbsolutePath();
        Files.createDirectories(file.getParent());

        boolean inMemory = "memory".equals(env("STORE_BACKEND", "h2"));
        MongoServer server = new MongoServer(inMemory ? new MemoryBackend() : new H2Backend(file.toString()));
        server.bind(bind, port);
        System.out.println("embedded-store listening on " + bind + ":" + port + (inMemory ? " in memory" : " file=" + file));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // closing flushes the H2 store, so nothing written before the stop is lost
            server.shutdown();
            System.out.println("embedded-store stopped");
        }, "embedded-store-shutdown"));
        Thread.currentThread().join();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
