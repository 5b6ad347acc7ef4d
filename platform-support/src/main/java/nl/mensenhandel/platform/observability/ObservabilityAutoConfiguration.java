package nl.mensenhandel.platform.observability;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import feign.RequestInterceptor;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The platform's observability glue on top of Spring Boot's metrics and tracing: the request log line, the trace
 * context on Feign calls and across the outbox (docs/architecture.md "Observability").
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration",
        "org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration",
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnProperty(name = "platform.request-log.enabled", matchIfMissing = true)
    RequestLog platformRequestLog(@Value("${platform.request-log.successes:true}") boolean successes,
            @Value("${platform.request-log.slow-after:1s}") Duration slowAfter) {
        return new RequestLog(successes, slowAfter);
    }

    @Bean
    TraceContinuation traceContinuation(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
            ObjectProvider<ObservationRegistry> registry) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t == null || p == null ? TraceContinuation.NONE
                : new TraceContinuation(t, p, registry.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RequestInterceptor.class)
    @ConditionalOnBean({ Tracer.class, Propagator.class })
    static class FeignTraceContext {

        @Bean
        TraceContextRelay traceContextRelay(Tracer tracer, Propagator propagator) {
            return new TraceContextRelay(tracer, propagator);
        }
    }
}
