package nl.mensenhandel.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/** Registers the platform's problem handler in every reactive web application that uses this library. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemDetailsExceptionHandler problemDetailsExceptionHandler() {
        return new ProblemDetailsExceptionHandler();
    }

    /** Picked up by Spring Security's WebFilterChainProxy for requests its firewall refuses. */
    @Bean
    ProblemExchangeRejectedHandler problemExchangeRejectedHandler() {
        return new ProblemExchangeRejectedHandler();
    }
}
