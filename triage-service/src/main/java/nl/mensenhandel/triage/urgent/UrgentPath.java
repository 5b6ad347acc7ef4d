package nl.mensenhandel.triage.urgent;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.OutboxDispatcher;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.notifications.CasusNotifications;
import reactor.core.publisher.Mono;

/**
 * The urgent path of a new casus (issue 8 §7; DOMAIN.md §3 "snel acteren"). The notification to the
 * municipality's AFs and the table is an outbox entry written in the casus' own insert ({@link #withNotification}),
 * then delivered inline before the request answers ({@link #deliverNow}) — "notified within one request cycle".
 * If that delivery fails or takes too long, the entry stays for the dispatcher's normal retry: nothing is lost and
 * the casus is opened all the same. The casus goes first on the next meeting: the agenda is derived from
 * {@code Casus.urgent}.
 */
@Component
public class UrgentPath {

    private static final Logger LOG = LoggerFactory.getLogger(UrgentPath.class);
    private static final String CASES = "cases";

    private final CasusNotifications notifications;
    private final OutboxDispatcher dispatcher;
    private final Duration inlineLimit;

    public UrgentPath(CasusNotifications notifications, OutboxDispatcher dispatcher,
            @Value("${triage.urgent.inline-delivery-limit:PT5S}") Duration inlineLimit) {
        this.notifications = notifications;
        this.dispatcher = dispatcher;
        this.inlineLimit = inlineLimit;
    }

    /** The casus as it is inserted: an urgent one with its notification in the outbox, any other as it is. */
    public Casus withNotification(Casus casus) {
        return casus.urgent() ? casus.withOutbox(java.util.List.of(notifications.urgent(casus))) : casus;
    }

    /** Delivers the urgent notification of a just opened casus now; completes (never fails) when it is settled. */
    public Mono<Void> deliverNow(Casus casus) {
        if (!casus.urgent()) {
            return Mono.empty();
        }
        return dispatcher.dispatchNow(CASES, casus.id())
                .timeout(inlineLimit)
                .doOnNext(pass -> {
                    if (pass.delivered() == 0) {
                        LOG.atWarn().addKeyValue("casus", casus.id())
                                .log("Urgent notification not delivered inline; the outbox retries it");
                    }
                })
                .onErrorResume(error -> {
                    LOG.atWarn().addKeyValue("casus", casus.id()).addKeyValue("error", error.getClass().getSimpleName())
                            .log("Urgent notification not delivered inline; the outbox retries it");
                    return Mono.empty();
                })
                .then();
    }
}
