package nl.mensenhandel.triage.tracks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusDisclosurePolicy;
import nl.mensenhandel.triage.cases.CasusEncryption;
import nl.mensenhandel.triage.cases.CasusReading;
import nl.mensenhandel.triage.cases.CasusStatus;
import nl.mensenhandel.triage.cases.CasusTransitions;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackStatus;
import nl.mensenhandel.triage.cases.Track.TrackStep;
import reactor.core.publisher.Mono;

/**
 * Moves tracks on their lifecycle ({@link TrackTransitions}) and records the Openbaar Ministerie's consent to
 * share criminal information (issue 8 §5: "recorded as its own step"). Each is one conditional update of the
 * casus, guarded on its {@code version}: the step is pushed onto the track's history; when the last open track
 * ends, the casus is {@code AFGESLOTEN} in the same update ({@link CasusTransitions}).
 */
@Service
public class TrackLifecycle {

    static final String COLLECTION = "cases";

    /** What to record: the status to go to and why. */
    public record Step(TrackStatus to, String reason) {
    }

    /** What to record of the OM's decision to share (its reference, no names). */
    public record Consent(String reference, LocalDate decidedOn) {
    }

    /** The casus after the change and the track that changed. */
    public record Changed(Casus casus, Track track) {
    }

    private final TrackAccessPolicy access;
    private final CasusDisclosurePolicy disclosure;
    private final CasusReading reading;
    private final ReactiveMongoTemplate mongo;
    private final CasusEncryption encryption;
    private final AccessLog accessLog;
    private final Clock clock;

    public TrackLifecycle(TrackAccessPolicy access, CasusDisclosurePolicy disclosure, CasusReading reading,
            ReactiveMongoTemplate mongo, CasusEncryption encryption, AccessLog accessLog, Clock clock) {
        this.access = access;
        this.disclosure = disclosure;
        this.reading = reading;
        this.mongo = mongo;
        this.encryption = encryption;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<Changed> transition(TenantContext actor, String caseId, String trackId, Step step) {
        return access.mayMoveTracks(actor).enforce(actor)
                .flatMap(a -> reading.load(actor, caseId))
                .flatMap(casus -> disclosure.maySee(actor, casus).enforce(casus))
                .flatMap(casus -> trackOf(casus, trackId)
                        .flatMap(track -> access.movesTrack(actor, casus, track).enforce(track))
                        .flatMap(track -> TrackTransitions.step(track.status(), step.to()).enforce(track))
                        .flatMap(track -> move(actor, casus, track, step)))
                .flatMap(changed -> log(actor, changed));
    }

    public Mono<Changed> recordOmConsent(TenantContext actor, String caseId, String trackId, Consent consent) {
        return access.mayRecordOmConsent(actor).enforce(actor)
                .flatMap(a -> reading.load(actor, caseId))
                .flatMap(casus -> access.recordsOmConsentOn(actor, casus).enforce(casus))
                .flatMap(casus -> trackOf(casus, trackId)
                        .flatMap(track -> access.omConsentOnZorgEnStraf(track).enforce(track))
                        .flatMap(track -> access.omConsentOnce(track).enforce(track))
                        .flatMap(track -> consent(actor, casus, track, consent)))
                .flatMap(changed -> log(actor, changed));
    }

    private Mono<Changed> move(TenantContext actor, Casus casus, Track track, Step step) {
        Instant now = clock.instant();
        int index = casus.tracks().indexOf(track);
        String at = "tracks." + index + ".";
        TrackStep recorded = new TrackStep(track.status(), step.to(), step.reason(), now, by(actor));
        Update update = new Update().set(at + "status", step.to().name())
                .push(at + "history", encryption.sealedStep(casus.region(), casus.id(), track.id(),
                        track.history().size(), recorded))
                .set("updatedAt", now).inc("version", 1);
        boolean lastOpenEnds = step.to().ended() && casus.tracks().stream()
                .allMatch(other -> other.id().equals(track.id()) || other.status().ended());
        if (lastOpenEnds && CasusTransitions.step(casus.status(), CasusStatus.AFGESLOTEN).isAllowed()) {
            update.set("status", CasusStatus.AFGESLOTEN.name());
        }
        return conditional(actor, casus, index, track, update);
    }

    private Mono<Changed> consent(TenantContext actor, Casus casus, Track track, Consent consent) {
        Instant now = clock.instant();
        int index = casus.tracks().indexOf(track);
        org.bson.Document recorded = new org.bson.Document();
        mongo.getConverter().write(new Track.OmConsent(consent.reference(), consent.decidedOn(), now, by(actor)),
                recorded);
        recorded.remove("_class");
        Update update = new Update().set("tracks." + index + ".omConsent", recorded)
                .set("updatedAt", now).inc("version", 1);
        return conditional(actor, casus, index, track, update);
    }

    /** Applies the update only to the casus as it was read (version) with the track at the same place. */
    private Mono<Changed> conditional(TenantContext actor, Casus casus, int index, Track track, Update update) {
        Query unchanged = new Query(Criteria.where("_id").is(casus.id()).and("region").is(casus.region())
                .and("version").is(casus.version()).and("tracks." + index + "._id").is(track.id()));
        return mongo.updateFirst(unchanged, update, COLLECTION)
                .flatMap(result -> result.getModifiedCount() == 1 ? reading.load(actor, casus.id())
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                "The casus was changed meanwhile; read it again and try anew.")))
                .map(after -> new Changed(after, after.track(track.id()).orElseThrow()));
    }

    private static Mono<Track> trackOf(Casus casus, String trackId) {
        return Mono.justOrEmpty(casus.track(trackId)).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Track")));
    }

    private Mono<Changed> log(TenantContext actor, Changed changed) {
        return accessLog.record(CasusReading.logEntry(actor, changed.casus(), "UPDATE")).thenReturn(changed);
    }

    private static String by(TenantContext actor) {
        return actor.username() == null ? actor.subject() : actor.username();
    }
}
