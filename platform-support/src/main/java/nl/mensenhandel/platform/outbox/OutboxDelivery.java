package nl.mensenhandel.platform.outbox;

import reactor.core.publisher.Mono;

/**
 * Delivers one kind of outbox entry (a mail, a command to another service). A bean per kind; the
 * {@link OutboxDispatcher} calls it with a claimed entry and marks the entry delivered when the Mono
 * completes, schedules a retry (exponential backoff) when it fails, and gives up at once on a
 * {@link PermanentDeliveryFailure}.
 * <p>
 * Rules for an implementation: send {@link OutboxMessage#id()} along as the idempotency key, so the
 * receiver drops a repeat (after a crash between sending and marking, an entry is sent again — the only
 * case: a claimed entry is delivered by one dispatcher only, a delivered one never again); blocking work
 * (SMTP, Feign) runs off the event loop ({@code subscribeOn(Schedulers.boundedElastic())}); finish within
 * {@code platform.outbox.delivery-timeout}; never log the payload.
 */
public interface OutboxDelivery {

    /** The {@link OutboxEntry#kind()} it delivers, e.g. {@code mail}. */
    String kind();

    Mono<Void> deliver(OutboxMessage message);
}
