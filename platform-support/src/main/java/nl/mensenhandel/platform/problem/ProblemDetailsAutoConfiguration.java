package nl.mensenhandel.platform.problem;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Registers the platform's problem handler in every reactive web application that uses this library. */
@AutoConfiguration(beforeName = "org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class ProblemDetailsAutoConfiguration {

    @Bean
    ProblemDetailsExceptionHandler problemDetailsExceptionHandler() {
        return new ProblemDetailsExceptionHandler();
    }

    /**
     * A {@code null} inside a list or map of a request ({@code "forms": [null]}) is a client's mistake: reading
     * it fails, and {@link ProblemDetailsExceptionHandler} answers 400 naming the element ({@code forms[0]}),
     * instead of every mapper having to guard against it (found by the contract fuzzer).
     */
    @Bean
    JsonMapperBuilderCustomizer nullElementsAreRefused() {
        return builder -> builder.changeDefaultNullHandling(
                setter -> setter.withContentNulls(com.fasterxml.jackson.annotation.Nulls.FAIL));
    }

    /** A 2xx answer is labelled application/json, never application/problem+json. */
    @Bean
    SuccessIsNoProblem successIsNoProblem() {
        return new SuccessIsNoProblem();
    }

    /** Picked up by Spring Security's WebFilterChainProxy for requests its firewall refuses. */
    @Bean
    ProblemExchangeRejectedHandler problemExchangeRejectedHandler() {
        return new ProblemExchangeRejectedHandler();
    }
}
