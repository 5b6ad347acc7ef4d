package nl.mensenhandel.care.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

/** The pool is sized for a reservation burst unless MONGODB_URI names its own size. */
class ReservationConnectionPoolTest {

    @Test
    void theConfiguredSizeAppliesWhenTheUriNamesNone() {
        assertThat(maxPoolSize("mongodb://localhost:27017", 200)).isEqualTo(200);
    }

    @Test
    void aMaxPoolSizeInTheUriWins() {
        assertThat(maxPoolSize("mongodb://localhost:27017/?maxPoolSize=50", 200)).isEqualTo(50);
    }

    private static int maxPoolSize(String uri, int configured) {
        ConnectionString connection = new ConnectionString(uri);
        MongoConnectionDetails details = () -> connection;
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connection);
        new ReservationConnectionPool().reservationBurstPool(details, configured).customize(builder);
        return builder.build().getConnectionPoolSettings().getMaxSize();
    }
}
