package nl.mensenhandel.care.capacity;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MongoDB driver's connection pool sized for a burst of reservations ({@code care.mongodb.max-pool-size},
 * default 200). When more operations are in flight than the pool has connections, the reactive driver hands every
 * waiting checkout to one single "AsyncGetter" thread, which then also encodes and sends those operations: with the
 * driver's default of 100 connections, 200 concurrent reservations queued behind that one thread and the p99 of
 * {@code deploy/bench/care-reservations} nearly doubled (measured; docs/care.md). A {@code maxPoolSize} given in
 * {@code MONGODB_URI} wins over this default.
 */
@Configuration(proxyBeanMethods = false)
class ReservationConnectionPool {

    @Bean
    MongoClientSettingsBuilderCustomizer reservationBurstPool(MongoConnectionDetails connection,
            @Value("${care.mongodb.max-pool-size:200}") int maxPoolSize) {
        boolean setInUri = connection.getConnectionString() != null
                && connection.getConnectionString().getMaxConnectionPoolSize() != null;
        return builder -> {
            if (!setInUri) {
                builder.applyToConnectionPoolSettings(pool -> pool.maxSize(maxPoolSize));
            }
        };
    }
}
