package nl.mensenhandel.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.opentelemetry.autoconfigure.OpenTelemetryTracingAutoConfiguration;
import org.springframework.boot.opentelemetry.autoconfigure.OpenTelemetrySdkAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import reactor.core.publisher.Hooks;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The trace of a request survives the outbox: stored as a traceparent, continued at delivery — also on the
 * bounded-elastic thread where a blocking Feign call runs (what {@link TraceContextRelay} then sends).
 */
class TraceContinuationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String STORED = "00-" + TRACE_ID + "-00f067aa0ba902b7-00";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class,
                    OpenTelemetrySdkAutoConfiguration.class, OpenTelemetryTracingAutoConfiguration.class,
                    MicrometerTracingAutoConfiguration.class, ObservabilityAutoConfiguration.class))
            .withPropertyValues("management.tracing.sampling.probability=0.0");

    @BeforeAll
    static void propagateThreadLocals() {
        // what spring.reactor.context-propagation=auto (platform-defaults.yml) does in a service
        Hooks.enableAutomaticContextPropagation();
    }

    @AfterAll
    static void reset() {
        Hooks.disableAutomaticContextPropagation();
    }

    @Test
    void aDeliveryContinuesTheStoredTraceAlsoOnABoundedElasticThread() {
        context.run(app -> {
            TraceContinuation traces = app.getBean(TraceContinuation.class);
            String onWorker = traces.continued(STORED, "outbox.delivery", "test",
                    () -> Mono.fromCallable(traces::current).subscribeOn(Schedulers.boundedElastic())).block();
            assertThat(onWorker).startsWith("00-" + TRACE_ID + "-").doesNotContain("00f067aa0ba902b7");
        });
    }

    @Test
    void withoutAStoredTraceADeliveryStartsOne() {
        context.run(app -> {
            TraceContinuation traces = app.getBean(TraceContinuation.class);
            String current = traces.continued(null, "outbox.delivery", "test", () -> Mono.fromCallable(traces::current))
                    .block();
            assertThat(current).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]").doesNotContain(TRACE_ID);
            assertThat(traces.current()).as("outside the delivery").isNull();
        });
    }

    @Test
    void withoutTracingNothingIsStored() {
        assertThat(TraceContinuation.NONE.current()).isNull();
        assertThat(TraceContinuation.NONE.continued(STORED, "outbox.delivery", "test", () -> Mono.just("done"))
                .block()).isEqualTo("done");
    }
}
