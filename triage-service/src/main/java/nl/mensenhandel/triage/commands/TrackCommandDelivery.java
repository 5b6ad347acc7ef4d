package nl.mensenhandel.triage.commands;

import java.util.concurrent.Callable;

import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreaker;

import nl.mensenhandel.platform.client.ServiceCommands;
import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import reactor.core.publisher.Mono;

/**
 * Delivers a track's command to the service that takes the track up (care coordination, enforcement) with
 * {@link ServiceCommands} — the service account's token, off the event loop, inside the receiver's circuit
 * breaker, the entry id as Idempotency-Key — and records the answer on the track ({@link TrackDeliveries}).
 * A refusal (4xx) is recorded as {@code REFUSED} and not retried; an outage (5xx, I/O, open breaker, no token)
 * leaves the entry to the dispatcher, which tries again later.
 */
abstract class TrackCommandDelivery implements OutboxDelivery {

    private final ServiceCommands commands;
    private final ReactiveCircuitBreaker breaker;
    private final TrackDeliveries tracks;
    private final String receiver;

    TrackCommandDelivery(ServiceCommands commands, ReactiveCircuitBreaker breaker, TrackDeliveries tracks,
            String receiver) {
        this.commands = commands;
        this.breaker = breaker;
        this.tracks = tracks;
        this.receiver = receiver;
    }

    /** The track the entry's command is for. */
    abstract String trackId(OutboxMessage message);

    /** The generated client's call, with {@link OutboxMessage#id()} as the Idempotency-Key. */
    abstract Callable<?> call(OutboxMessage message);

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        String trackId = trackId(message);
        return commands.send(breaker, call(message))
                .then(Mono.defer(() -> tracks.delivered(message, trackId, receiver)))
                .onErrorResume(PermanentDeliveryFailure.class,
                        refused -> tracks.refused(message, trackId, receiver).then(Mono.error(refused)));
    }
}
