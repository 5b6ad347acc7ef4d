package nl.mensenhandel.platform.crypto;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * Field encryption and blind indexes for every service with a store. Lazy: a service that holds no
 * encrypted data yet needs no keys; a service that does injects them into an eagerly created bean, so a
 * missing key stops its start (naming the variable), not its first request.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.data.mongodb.core.ReactiveMongoTemplate")
public class FieldCryptoAutoConfiguration {

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    FieldEncryption fieldEncryption(Environment environment) {
        return FieldEncryption.fromEnvironment(environment);
    }

    @Bean
    @Lazy
    @ConditionalOnMissingBean
    BlindIndex blindIndex(Environment environment) {
        return BlindIndex.fromEnvironment(environment);
    }
}
