package nl.mensenhandel.platform.observability;

import feign.RequestInterceptor;
import feign.RequestTemplate;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Every generated Feign call carries the current trace ({@code traceparent}), so the callee continues it and its log
 * lines carry the same trace id. The call runs on a bounded-elastic thread; the current span is there because
 * ThreadLocals follow the Reactor context ({@code spring.reactor.context-propagation=auto}).
 */
public class TraceContextRelay implements RequestInterceptor {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContextRelay(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public void apply(RequestTemplate template) {
        Span span = tracer.currentSpan();
        if (span != null) {
            propagator.inject(span.context(), template, (carrier, key, value) -> {
                carrier.removeHeader(key);
                carrier.header(key, value);
            });
        }
    }
}
