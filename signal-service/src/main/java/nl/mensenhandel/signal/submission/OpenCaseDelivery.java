package nl.mensenhandel.signal.submission;

import java.time.Clock;
import java.time.Instant;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.TriageLink;
import nl.mensenhandel.signal.triageclient.model.Casus;
import reactor.core.publisher.Mono;

/**
 * Delivers a submission's open-case command from the outbox (retried by the dispatcher until triage-service
 * answers) and records the answer: the submission gets the casus, each of its signals the case reference.
 * Recording is idempotent (plain sets), so a delivery repeated after a crash records the same casus again —
 * triage-service answers the casus it opened for this key.
 */
@Component
public class OpenCaseDelivery implements OutboxDelivery {

    private static final Log LOG = LogFactory.getLog(OpenCaseDelivery.class);

    private final OpenCaseCall call;
    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public OpenCaseDelivery(OpenCaseCall call, ReactiveMongoTemplate mongo, Clock clock) {
        this.call = call;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return TriageSubmissions.OPEN_CASE;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        OpenCaseCommand command = message.payload(OpenCaseCommand.class);
        return call.open(message.id(), command)
                .flatMap(casus -> recordOpened(message.region(), message.documentId(), command, casus))
                .onErrorResume(OpenCaseCall.Refused.class, refused -> recordRefused(message.region(),
                        message.documentId(), refused)
                        .then(Mono.error(new PermanentDeliveryFailure(refused.getMessage(), refused))));
    }

    private Mono<Void> recordOpened(String region, String submissionId, OpenCaseCommand command, Casus casus) {
        Instant now = clock.instant();
        String caseId = casus.getId().toString();
        Query submission = new Query(Criteria.where("_id").is(submissionId).and("region").is(region));
        Update opened = new Update().set("status", SubmissionStatus.CASE_OPENED).set("caseId", caseId)
                .set("caseReference", casus.getReference()).set("answeredAt", now);
        Query itsSignals = new Query(Criteria.where("_id").in(command.signalIds()).and("region").is(region)
                .and(TriageLink.FIELD + ".submissionId").is(submissionId));
        Update onAgenda = new Update().set(TriageLink.FIELD + ".caseId", caseId)
                .set(TriageLink.FIELD + ".caseReference", casus.getReference())
                .set("updatedAt", now).inc("version", 1);
        return mongo.updateFirst(submission, opened, TriageSubmission.class)
                .then(mongo.updateMulti(itsSignals, onAgenda, Signal.class))
                .doOnNext(result -> LOG.info("submission " + submissionId + ": casus " + caseId + " ("
                        + casus.getReference() + ") opened for " + result.getModifiedCount() + " signal(s)"))
                .then();
    }

    private Mono<Void> recordRefused(String region, String submissionId, OpenCaseCall.Refused refused) {
        Query submission = new Query(Criteria.where("_id").is(submissionId).and("region").is(region));
        return mongo.updateFirst(submission, new Update().set("status", SubmissionStatus.REFUSED)
                .set("answeredAt", clock.instant()), TriageSubmission.class).then();
    }
}
