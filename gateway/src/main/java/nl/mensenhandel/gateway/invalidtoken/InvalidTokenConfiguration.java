package nl.mensenhandel.gateway.invalidtoken;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.security.PlatformSecurityProperties;

@Configuration(proxyBeanMethods = false)
class InvalidTokenConfiguration {

    @Bean
    InvalidTokenCounter invalidTokenCounter(InvalidTokenProperties properties) {
        return new InvalidTokenCounter(properties);
    }

    @Bean
    InvalidTokenThrottleFilter invalidTokenThrottleFilter(InvalidTokenCounter counter,
            PlatformSecurityProperties security) {
        return new InvalidTokenThrottleFilter(counter, security.publicPaths());
    }
}
