package nl.mensenhandel.signal.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.audit.LegalBasis;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The platform's inbox (docs/architecture.md "The inbox"): one notification per event, addressed to an
 * audience ({@link Audience}), read by every addressed user from their own inbox with their own read mark.
 * Services outside signal-service post through the contract ({@code postNotification}); signal-service's own
 * concepts (e.g. {@code spoed}) call {@link #deliver}.
 */
@Service
public class Inbox {

    /** What is posted; the source and time are added by the inbox. */
    public record Post(String region, String kind, String aboutType, String aboutId, String municipalityCode,
            String urgency, MeldcodeFlag meldcode, String message, List<Audience> audience) {
    }

    /** The caller's inbox page and how many of all their notifications they have not read. */
    public record Page(Paged<Notification> page, long unreadCount) {
    }

    static final String PURPOSE = "Melding in de inbox van de geadresseerde medewerkers (snel acteren)";

    private final ReactiveMongoTemplate mongo;
    private final RegionScopedMongo scoped;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;
    private final InboxRules rules;

    public Inbox(ReactiveMongoTemplate mongo, RegionScopedMongo scoped, IdempotentCommands idempotent,
            AccessLog accessLog, Clock clock, MunicipalityRegistry municipalities) {
        this.mongo = mongo;
        this.scoped = scoped;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
        this.rules = new InboxRules(municipalities);
    }

    /**
     * Writes a notification raised inside this service, once: the id is the caller's deterministic key (e.g.
     * {@code spoed:<signalId>}), so raising it again answers the one written first. Mails about it
     * ({@code outbox}) are written in the same insert — delivered later, never lost, never twice.
     */
    public Mono<Notification> deliver(String id, String source, Post post, List<Document> outbox) {
        Notification notification = toNotification(id, source, post, outbox);
        return mongo.insert(notification)
                .onErrorResume(DuplicateKeyException.class,
                        duplicate -> mongo.findOne(new Query(Criteria.where("_id").is(id)
                                .and("region").is(post.region())), Notification.class));
    }

    /** A notification posted by another platform service (service account), once per Idempotency-Key. */
    public Mono<IdempotentOutcome<Notification>> post(InboxPosters.Poster poster, Post post, String idempotencyKey) {
        Mono<Post> checked = Mono.just(post);
        for (PolicyDecision decision : rules.all(post.region(), post.municipalityCode(), post.audience())) {
            checked = checked.flatMap(decision::enforce);
        }
        return checked.flatMap(valid -> idempotent.run("service|" + poster.clientId() + "|inbox.post", idempotencyKey,
                        valid, id -> mongo.insert(toNotification(id, poster.clientId(), valid, List.of())),
                        id -> mongo.findOne(new Query(Criteria.where("_id").is(id)), Notification.class)))
                .flatMap(outcome -> !outcome.created() ? Mono.just(outcome)
                        : accessLog.record(Access.by(asActor(poster, post.region()), "CREATE", "notification",
                                outcome.resource().id()).purpose(PURPOSE).legalBasis(LegalBasis.MUNICIPAL_TASK))
                                .thenReturn(outcome));
    }

    /** The caller's notifications, newest first; the list is written to the access log with the ids shown. */
    public Mono<Page> mine(TenantContext caller, int page, int size, boolean unreadOnly) {
        Query addressed = addressedTo(caller);
        Query listed = unreadOnly ? unread(caller) : addressed;
        return Mono.zip(scoped.page(caller, listed, Sort.by(Sort.Direction.DESC, "createdAt", "_id"), page, size,
                        Notification.class), scoped.count(caller, unread(caller), Notification.class))
                .flatMap(result -> accessLog.recordList(caller, "notification",
                                result.getT1().items().stream().map(Notification::id).toList(), PURPOSE)
                        .thenReturn(new Page(result.getT1(), result.getT2())));
    }

    /**
     * Marks the notification read for the caller only; marking again keeps the first time. A notification the
     * caller is not addressed by, or of another region, is not found.
     */
    public Mono<Notification> markRead(TenantContext caller, String id) {
        Instant now = clock.instant();
        Query notYetRead = Query.of(addressedTo(caller)).addCriteria(Criteria.where("_id").is(id)
                .and("region").is(caller.region()).and("reads.subject").ne(caller.subject()));
        return mongo.updateFirst(notYetRead, new Update().push("reads", new ReadMark(caller.subject(), now)),
                        Notification.class)
                .then(scoped.findById(caller, id, Notification.class))
                .filter(n -> n.audienceKeys().stream().anyMatch(Audience.keysOf(caller)::contains))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Notification")))
                .flatMap(n -> accessLog.record(caller, "READ", "notification", n.id(), null, PURPOSE).thenReturn(n));
    }

    private static Query addressedTo(TenantContext caller) {
        return new Query(Criteria.where("audienceKeys").in(Audience.keysOf(caller)));
    }

    private static Query unread(TenantContext caller) {
        return Query.of(addressedTo(caller)).addCriteria(Criteria.where("reads.subject").ne(caller.subject()));
    }

    private Notification toNotification(String id, String source, Post post, List<Document> outbox) {
        return new Notification(id, post.region(), post.kind(), source, post.aboutType(), post.aboutId(),
                post.municipalityCode(), post.urgency(), post.meldcode(), post.message(),
                post.audience().stream().map(Audience::key).distinct().toList(), List.of(), clock.instant(), outbox);
    }

    /** The posting service as the actor of the access log, in the chain of the notification's region. */
    private static TenantContext asActor(InboxPosters.Poster poster, String region) {
        return new TenantContext(poster.subject(), poster.clientId(), region, Set.of(), null, null, Set.of());
    }
}
