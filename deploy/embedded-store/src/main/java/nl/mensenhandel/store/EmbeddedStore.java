package nl.mensenhandel.store;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * Starts the embedded MongoDB wire-protocol store for local runs and system tests, persisted to one
 * H2 file so data survives a restart. Configured by environment: {@code STORE_PORT} (27017),
 * {@code STORE_FILE} (deploy/local/.run/store/platform.mv), {@code STORE_BIND} (127.0.0.1).
 */
public final class EmbeddedStore {

    private EmbeddedStore() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(env("STORE_PORT", "27017"));
        String bind = env("STORE_BIND", "127.0.0.1");
        Path file = Path.of(env("STORE_FILE", "deploy/local/.run/store/platform.mv")).toAbsolutePath();
        Files.createDirectories(file.getParent());

        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind(bind, port);
        System.out.println("embedded-store listening on " + bind + ":" + port + " file=" + file);
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
