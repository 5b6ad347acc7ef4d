package nl.mensenhandel.platform.audit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.mongo.PlatformMongoAutoConfiguration;

/**
 * The access log in every service with a database: the writer, the verification, the log of refused
 * calls, and the privacy officer's API for this service's own log (the gateway has no database and gets
 * none of it).
 */
@AutoConfiguration(after = PlatformMongoAutoConfiguration.class)
@ConditionalOnClass(ReactiveMongoTemplate.class)
public class AccessLogAutoConfiguration {

    @Bean
    AccessLog accessLog(ReactiveMongoTemplate mongo, Clock clock, Environment environment) {
        return new AccessLog(mongo, clock, environment.getProperty("spring.application.name", "application"));
    }

    @Bean
    ChainVerifier chainVerifier(ReactiveMongoTemplate mongo, AccessLog accessLog) {
        return new ChainVerifier(mongo, accessLog);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    static class Web {

        @Bean
        RefusedAccessLogger refusedAccessLogger(AccessLog accessLog) {
            return new RefusedAccessLogger(accessLog);
        }

        @Bean
        CallerCapture callerCapture() {
            return new CallerCapture();
        }

        @Bean
        AccessLogController accessLogController(ReactiveMongoTemplate mongo, AccessLog accessLog,
                ChainVerifier verifier) {
            return new AccessLogController(mongo, accessLog, verifier);
        }
    }
}
