package nl.mensenhandel.platform.observability;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.contextpropagation.ObservationThreadLocalAccessor;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import reactor.core.publisher.Mono;

/**
 * Carries a trace across work that is stored and done later (the outbox): {@link #current()} is the current trace as
 * a W3C {@code traceparent}, stored with the work; {@link #continued} runs the work later in a span of that trace, so
 * its log lines and outgoing calls carry the trace id of the request that recorded it.
 */
public class TraceContinuation {

    /** Without tracing: nothing is stored, work runs as it is. */
    public static final TraceContinuation NONE = new TraceContinuation(null, null, ObservationRegistry.NOOP);

    static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;
    private final ObservationRegistry registry;

    public TraceContinuation(Tracer tracer, Propagator propagator, ObservationRegistry registry) {
        this.tracer = tracer;
        this.propagator = propagator;
        this.registry = registry;
    }

    /** The current trace as a {@code traceparent}, or null when no span is current. */
    public String current() {
        if (tracer == null) {
            return null;
        }
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>(2);
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /**
     * Runs {@code work} in an observation {@code name} (also a timer by {@code kind}) that continues
     * {@code traceparent}, or starts a new trace when it is null.
     */
    public <T> Mono<T> continued(String traceparent, String name, String kind, Supplier<Mono<T>> work) {
        if (registry.isNoop()) {
            return Mono.defer(work);
        }
        ReceiverContext<Map<String, String>> context = new ReceiverContext<>((carrier, key) -> carrier.get(key));
        context.setCarrier(traceparent == null ? Map.of() : Map.of(TRACEPARENT, traceparent));
        Observation observation = Observation.createNotStarted(name, () -> context, registry)
                .contextualName(name + " " + kind)
                .lowCardinalityKeyValue("kind", kind);
        return Mono.defer(() -> {
            observation.start();
            try (Observation.Scope scope = observation.openScope()) {
                return work.get();
            }
        })
                .doOnError(observation::error)
                .doFinally(signal -> observation.stop())
                .contextWrite(reactor -> reactor.put(ObservationThreadLocalAccessor.KEY, observation));
    }
}
