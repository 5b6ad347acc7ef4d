package nl.mensenhandel.platform.client;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

import feign.RequestInterceptor;

/** Every Feign client of a service relays the caller's token (zero trust: the callee checks it again). */
@AutoConfiguration
@ConditionalOnClass(RequestInterceptor.class)
public class RelayedTokenAutoConfiguration {

    @Bean
    RelayedToken relayedTokenInterceptor() {
        return new RelayedToken();
    }
}
