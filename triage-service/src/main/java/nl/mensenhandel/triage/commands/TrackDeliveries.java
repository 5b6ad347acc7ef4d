package nl.mensenhandel.triage.commands;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.CommandDelivery;
import nl.mensenhandel.triage.cases.Track.CommandDelivery.DeliveryStatus;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Records on a track how far its command got ({@link Track#delivery()}): {@code DELIVERED} with the moment, or
 * {@code REFUSED} when the receiver refused it for good — so the table sees a care or inspection request that
 * did not arrive. One conditional update of the casus: the track by id (positional operator), guarded on the
 * casus' {@code version} and incrementing it; a casus changed meanwhile is read again.
 */
@Component
class TrackDeliveries {

    private static final Log LOG = LogFactory.getLog(TrackDeliveries.class);
    private static final int ATTEMPTS = 5;

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    TrackDeliveries(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    Mono<Void> delivered(OutboxMessage message, String trackId, String receiver) {
        return record(message, trackId, receiver, DeliveryStatus.DELIVERED);
    }

    Mono<Void> refused(OutboxMessage message, String trackId, String receiver) {
        return record(message, trackId, receiver, DeliveryStatus.REFUSED);
    }

    private Mono<Void> record(OutboxMessage message, String trackId, String receiver, DeliveryStatus status) {
        Query casus = new Query(Criteria.where("_id").is(message.documentId()).and("region").is(message.region()));
        return Mono.defer(() -> mongo.findOne(casus, Casus.class))
                .flatMap(found -> {
                    Optional<Track> track = found.tracks().stream().filter(t -> trackId.equals(t.id())).findFirst();
                    if (track.isEmpty()) {
                        // the command was delivered; a casus without that track has nothing to show it on
                        LOG.warn("casus " + found.id() + ": no track " + trackId + " to record its delivery on");
                        return Mono.just(true);
                    }
                    Instant now = clock.instant();
                    String to = track.get().delivery() != null && track.get().delivery().to() != null
                            ? track.get().delivery().to() : receiver;
                    Query unchanged = new Query(Criteria.where("_id").is(found.id()).and("region").is(found.region())
                            .and("version").is(found.version()).and("tracks.id").is(trackId));
                    Update update = new Update()
                            .set("tracks.$.delivery", new CommandDelivery(to, message.id(), status,
                                    status == DeliveryStatus.DELIVERED ? now : null))
                            .set("updatedAt", now).inc("version", 1);
                    return mongo.updateFirst(unchanged, update, Casus.class)
                            .flatMap(result -> result.getModifiedCount() == 1 ? Mono.just(true)
                                    : Mono.error(new ChangedMeanwhile()));
                })
                .retryWhen(Retry.max(ATTEMPTS).filter(ChangedMeanwhile.class::isInstance))
                .then();
    }

    /** The casus was changed between reading and writing: read it again. */
    private static final class ChangedMeanwhile extends RuntimeException {
        ChangedMeanwhile() {
            super(null, null, false, false);
        }
    }
}
