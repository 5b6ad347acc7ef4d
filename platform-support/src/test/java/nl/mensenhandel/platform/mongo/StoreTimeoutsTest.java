package nl.mensenhandel.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

/** The platform's short server-selection timeout applies unless MONGODB_URI names its own. */
class StoreTimeoutsTest {

    @Test
    void withoutATimeoutInTheUriThePlatformDefaultApplies() {
        ConnectionString uri = new ConnectionString("mongodb://localhost:27017");

        assertThat(serverSelectionMillis(uri, Duration.ofSeconds(3))).isEqualTo(3000);
    }

    @Test
    void aTimeoutInTheUriWins() {
        ConnectionString uri = new ConnectionString("mongodb://localhost:27017/?serverSelectionTimeoutMS=12000");

        assertThat(serverSelectionMillis(uri, Duration.ofSeconds(3))).isEqualTo(12000);
    }

    private static long serverSelectionMillis(ConnectionString uri, Duration timeout) {
        // as Spring Boot does: the URI's settings first, then the customizers
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(uri);
        StoreTimeouts.serverSelection(uri, timeout).customize(builder);
        return builder.build().getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS);
    }
}
