package nl.mensenhandel.platform.mongo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;

import com.mongodb.ConnectionString;

/**
 * How long an operation waits for a reachable store before it fails ({@code platform.mongodb.server-selection-timeout}).
 * The driver's default of 30 s outlasts the gateway's response timeout (10 s) and every client's patience: with the store
 * away, a request hung for 30 s and then became a 500. Short, it fails fast as a 503 (StoreUnavailableExceptionHandler)
 * that a client retries. It still covers a replica-set election (typically a few seconds). A
 * {@code serverSelectionTimeoutMS} in {@code MONGODB_URI} wins over this default.
 */
final class StoreTimeouts {

    private StoreTimeouts() {
    }

    static MongoClientSettingsBuilderCustomizer serverSelection(ConnectionString uri, Duration timeout) {
        boolean setInUri = uri != null && uri.getServerSelectionTimeout() != null;
        return builder -> {
            if (!setInUri) {
                builder.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(timeout.toMillis(),
                        TimeUnit.MILLISECONDS));
            }
        };
    }
}
