package nl.mensenhandel.signal.spoed;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.signal.inbox.Audience;
import nl.mensenhandel.signal.inbox.Inbox;
import nl.mensenhandel.signal.inbox.MeldcodeFlag;
import nl.mensenhandel.signal.inbox.Notification;
import nl.mensenhandel.signal.signal.Meldcode;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.Urgency;
import reactor.core.publisher.Mono;

/**
 * Urgent signals act first (DOMAIN.md §3, "snel acteren": the municipality and the table are informed as soon
 * as possible). A {@code SPOED} signal notifies at once — in the same request that made it SPOED — every AF of
 * its municipality and the region's table members ({@code casustafel}): one notification in their inboxes,
 * and an e-mail to their functional mailboxes through the outbox ({@link SpoedMailboxes}).
 * <p>
 * Call {@link #raise(Signal)} wherever a signal becomes SPOED (intake, a later reclassification). It is
 * idempotent: one alert per signal (its id is derived from the signal's), so a retried request or a second
 * call writes nothing new.
 */
@Service
public class SpoedAlert {

    /** The notification kind in the inbox contract. */
    public static final String KIND = "SPOED_SIGNAAL";
    static final String SOURCE = "signal-service";

    private static final Logger log = LoggerFactory.getLogger(SpoedAlert.class);

    private final Inbox inbox;
    private final SpoedMails mails;

    public SpoedAlert(Inbox inbox, SpoedMails mails) {
        this.inbox = inbox;
        this.mails = mails;
    }

    /**
     * Notifies the AFs of the signal's municipality and the region's table members, if the signal is SPOED;
     * completes empty otherwise. Completes when the notification is stored (the inboxes hold it).
     */
    public Mono<Notification> raise(Signal signal) {
        if (!isSpoed(signal)) {
            return Mono.empty();
        }
        String id = alertId(signal.id());
        MeldcodeFlag meldcode = Meldcode.of(signal).map(m -> new MeldcodeFlag(m.route(), m.reason())).orElse(null);
        Inbox.Post post = new Inbox.Post(signal.region(), KIND, "signal", signal.id(), signal.municipalityCode(),
                Urgency.SPOED.name(), meldcode, null, audience(signal));
        List<Document> outbox = mails.entries(signal, id, meldcode);
        return inbox.deliver(id, SOURCE, post, outbox)
                .doOnNext(n -> {
                    log.info("spoed alert {} for signal {} in {} ({} mails)", n.id(), signal.id(), signal.region(),
                            outbox.size());
                    mails.deliverSoon();
                });
    }

    /** Rule spoed-notifies-at-once: only a signal with urgency SPOED raises the alert. */
    static boolean isSpoed(Signal signal) {
        return signal.urgency() == Urgency.SPOED;
    }

    /** Rule spoed-audience: every AF of the exploitation municipality, and the table members of the region. */
    static List<Audience> audience(Signal signal) {
        return List.of(Audience.roleIn(Roles.AANDACHTSFUNCTIONARIS, signal.municipalityCode()),
                Audience.role(Roles.CASUSTAFEL));
    }

    /** One alert per signal: a name-based UUID of the signal id. */
    static String alertId(String signalId) {
        return UUID.nameUUIDFromBytes(("spoed:" + signalId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
