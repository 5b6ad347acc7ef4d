package nl.mensenhandel.enforcement.findings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.api.model.Condition;
import nl.mensenhandel.enforcement.api.model.Finding;
import nl.mensenhandel.enforcement.api.model.FindingSignal;
import nl.mensenhandel.enforcement.api.model.NewFinding;
import nl.mensenhandel.enforcement.api.model.TraffickingIndicator;
import nl.mensenhandel.enforcement.commands.EnforcementCommands;
import nl.mensenhandel.enforcement.inspections.FieldRecordConflict;
import nl.mensenhandel.enforcement.inspections.Inspection;
import nl.mensenhandel.enforcement.inspections.InspectionQueries;
import nl.mensenhandel.enforcement.inspections.Recorded;
import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Findings from field tools: derived at once ({@link Overbewoning}, {@link BrpDiscrepancy}); a finding with
 * trafficking indicators is inserted together with its signal's outbox entry (one insert, so neither exists without
 * the other); repeats are "already received", other content a {@link FieldRecordConflict}. The inspection's
 * summary ({@code findingIds}, {@code overbewoning}) is updated with set semantics, so a repeat heals it.
 */
@Service
public class FindingRecords {

    static final String OBSERVATIONS = "observations";

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final FieldEncryption encryption;
    private final Outbox outbox;
    private final AccessLog accessLog;
    private final Clock clock;

    public FindingRecords(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, FieldEncryption encryption,
            Outbox outbox, AccessLog accessLog, Clock clock) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.encryption = encryption;
        this.outbox = outbox;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** recordFinding: the inspection is one the caller may write to (checked by the caller of this method). */
    public Mono<Recorded<InspectionFinding>> record(TenantContext caller, Inspection inspection, NewFinding received) {
        String id = received.getId().toString();
        FindingContent content = FindingContent.of(received);
        return scoped.findById(caller, id, InspectionFinding.class).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(existing -> existing.isPresent() ? repeat(caller, inspection, existing.get(), content, received)
                        : insert(caller, inspection, received, content));
    }

    private Mono<Recorded<InspectionFinding>> insert(TenantContext caller, Inspection inspection, NewFinding received,
            FindingContent content) {
        InspectionFinding fresh = build(caller, inspection, received.getId().toString(), content);
        return scoped.insert(caller, fresh)
                .flatMap(saved -> summarise(inspection.id(), List.of(saved))
                        .then(accessLog.record(caller, "CREATE", "finding", saved.id(), null, InspectionQueries.PURPOSE))
                        .thenReturn(new Recorded<>(saved, true)))
                .onErrorResume(DuplicateKeyException.class, raced -> scoped
                        .findById(caller, fresh.id(), InspectionFinding.class)
                        .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                                "This finding id is already in use; the field tool makes a new one.")))
                        .flatMap(stored -> repeat(caller, inspection, stored, content, received)));
    }

    /** The same id again: a repeat (heals the inspection's summary) or a conflict showing both versions. */
    public Mono<Recorded<InspectionFinding>> repeat(TenantContext caller, Inspection inspection,
            InspectionFinding stored, FindingContent content, Object received) {
        if (!stored.inspectionId().equals(inspection.id()) || !sameContent(stored, content)) {
            return Mono.error(conflict(stored, received));
        }
        return summarise(inspection.id(), List.of(stored))
                .then(accessLog.record(caller, "READ", "finding", stored.id(), null, InspectionQueries.PURPOSE))
                .thenReturn(new Recorded<>(stored, false));
    }

    public boolean sameContent(InspectionFinding stored, FindingContent content) {
        return FindingContent.of(stored, observations(stored)).equals(content);
    }

    public ApiProblem conflict(InspectionFinding stored, Object received) {
        return FieldRecordConflict.of("Finding " + stored.id() + " was received before with other content.",
                toApi(stored), received);
    }

    /** The stored form of a new finding: derived values, encrypted observations, and the signal's outbox entry. */
    public InspectionFinding build(TenantContext caller, Inspection inspection, String id, FindingContent content) {
        boolean overbewoning = Overbewoning.found(content.personsPresent(), content.usableFloorAreaM2());
        List<org.bson.Document> entries = List.of();
        FindingSignalState signal = null;
        if (content.hasIndicators()) {
            signal = new FindingSignalState(FindingSignalState.TE_VERZENDEN, null);
            entries = List.of(outbox.entry(caller.region(), id, EnforcementCommands.inspectionSignalId(id),
                    EnforcementCommands.INSPECTION_SIGNAL, new EnforcementCommands.InspectionSignal(
                            inspection.municipalityCode(), inspection.id(), id, inspection.inspectionType().name(),
                            content.observedAt(),
                            content.traffickingIndicators().stream().map(Indicator::form).distinct().toList(),
                            content.traffickingIndicators().stream().map(Indicator::indicator).toList(),
                            content.personsPresent(), content.minorsPresent(), overbewoning, content.observations(),
                            caller.subject(), caller.username(), caller.organisation())).toDocument());
        }
        return new InspectionFinding(id, caller.region(), inspection.id(), inspection.municipalityCode(), 0,
                content.observedAt(), content.personsPresent(), content.personsRegisteredInBrp(),
                content.usableFloorAreaM2(), content.sleepingPlaces(), content.minorsPresent(), content.fireSafety(),
                content.sanitation(), content.traffickingIndicators(),
                encryption.encrypt(caller.region(), id, OBSERVATIONS, content.observations()), overbewoning,
                Overbewoning.maxPersonsForArea(content.usableFloorAreaM2()),
                BrpDiscrepancy.found(content.personsPresent(), content.personsRegisteredInBrp()), signal,
                caller.username(), clock.instant(), entries);
    }

    /** Many new findings in one insertMany (field sync); fails as a whole on a duplicate (then go one by one). */
    public Mono<List<InspectionFinding>> insertAll(Collection<InspectionFinding> findings) {
        return mongo.insertAll(findings).collectList();
    }

    /** Stored findings of the caller's region among these ids, in one query. */
    public Flux<InspectionFinding> existing(TenantContext caller, Collection<String> ids) {
        return scoped.find(caller, new Query(Criteria.where("_id").in(ids)), InspectionFinding.class);
    }

    /** The inspection's summary: its finding ids (a set) and overbewoning once any finding found it. */
    public Mono<Void> summarise(String inspectionId, Collection<InspectionFinding> findings) {
        if (findings.isEmpty()) {
            return Mono.empty();
        }
        Update update = new Update().addToSet("findingIds").each(findings.stream().map(InspectionFinding::id).toArray());
        if (findings.stream().anyMatch(InspectionFinding::overbewoning)) {
            update.set("overbewoning", true);
        }
        return mongo.updateFirst(new Query(Criteria.where("_id").is(inspectionId)), update, Inspection.class).then();
    }

    /** Access log of many findings written at once (one entry per inspection, naming them). */
    public Mono<Void> logCreated(TenantContext caller, String inspectionId, List<String> findingIds) {
        return logMany(caller, "CREATE", inspectionId, findingIds);
    }

    /** Access log of many findings answered as "already received" (a read of the stored ones). */
    public Mono<Void> logRepeated(TenantContext caller, String inspectionId, List<String> findingIds) {
        return logMany(caller, "READ", inspectionId, findingIds);
    }

    private Mono<Void> logMany(TenantContext caller, String action, String inspectionId, List<String> findingIds) {
        return accessLog.record(Access.by(caller, action, "finding", inspectionId).shown(findingIds)
                .purpose(InspectionQueries.PURPOSE)).then();
    }

    /** listFindings: in the order recorded, access-logged. */
    public Mono<List<InspectionFinding>> list(TenantContext caller, Inspection inspection) {
        return scoped.find(caller, new Query(Criteria.where("inspectionId").is(inspection.id()))
                .with(Sort.by("recordedAt", "_id")), InspectionFinding.class).collectList()
                .flatMap(findings -> accessLog.recordList(caller, "finding",
                        findings.stream().map(InspectionFinding::id).toList(), InspectionQueries.PURPOSE)
                        .thenReturn(findings));
    }

    public String observations(InspectionFinding f) {
        return encryption.decrypt(f.region(), f.id(), OBSERVATIONS, f.observations());
    }

    public Finding toApi(InspectionFinding f) {
        return new Finding()
                .id(UUID.fromString(f.id()))
                .inspectionId(UUID.fromString(f.inspectionId()))
                .version(f.version())
                .observedAt(f.observedAt().atOffset(ZoneOffset.UTC))
                .personsPresent(f.personsPresent())
                .personsRegisteredInBrp(f.personsRegisteredInBrp())
                .usableFloorAreaM2(f.usableFloorAreaM2())
                .sleepingPlaces(f.sleepingPlaces())
                .minorsPresent(f.minorsPresent())
                .fireSafety(f.fireSafety() == null ? null : Condition.fromValue(f.fireSafety()))
                .sanitation(f.sanitation() == null ? null : Condition.fromValue(f.sanitation()))
                .traffickingIndicators(f.traffickingIndicators().stream().map(i -> new TraffickingIndicator(
                        TraffickingIndicator.FormEnum.fromValue(i.form()), i.indicator())).toList())
                .observations(observations(f))
                .overbewoning(f.overbewoning())
                .maxPersonsForArea(f.maxPersonsForArea())
                .brpDiscrepancy(f.brpDiscrepancy())
                .signal(f.signal() == null ? null : new FindingSignal()
                        .status(FindingSignal.StatusEnum.fromValue(f.signal().status()))
                        .signalId(f.signal().signalId() == null ? null : UUID.fromString(f.signal().signalId())))
                .recordedBy(f.recordedBy())
                .recordedAt(f.recordedAt().atOffset(ZoneOffset.UTC));
    }
}
