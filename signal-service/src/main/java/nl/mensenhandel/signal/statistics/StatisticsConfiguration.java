package nl.mensenhandel.signal.statistics;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link SignalWrites} with the store's client, so every write this instance sends is seen. */
@Configuration(proxyBeanMethods = false)
class StatisticsConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer signalWritesListener(SignalWrites writes) {
        return settings -> settings.addCommandListener(writes);
    }
}
