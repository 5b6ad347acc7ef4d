package nl.mensenhandel.enforcement.inspections;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.api.model.InspectionUpdate;
import nl.mensenhandel.enforcement.api.model.NewInspection;
import nl.mensenhandel.enforcement.api.model.TeamMember;
import nl.mensenhandel.enforcement.designations.Actor;
import nl.mensenhandel.enforcement.designations.DesignationRegister;
import nl.mensenhandel.enforcement.requests.InspectionRequest;
import nl.mensenhandel.enforcement.teams.TeamCatalogue;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Recording and editing inspections from field tools: ids made by the tool, identical repeats answered as
 * "already received", other content or a stale version as {@link FieldRecordConflict}; edits are conditional on
 * the version (single-document atomicity, no lost update).
 */
@Service
public class InspectionRecords {

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final InspectionEncryption crypto;
    private final InspectionAccessPolicy access;
    private final DesignationRegister designations;
    private final TeamCatalogue teams;
    private final AccessLog accessLog;
    private final Clock clock;
    private final MunicipalityRegistry municipalities = MunicipalityRegistry.load();

    public InspectionRecords(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, InspectionEncryption crypto,
            InspectionAccessPolicy access, DesignationRegister designations, TeamCatalogue teams, AccessLog accessLog,
            Clock clock) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.crypto = crypto;
        this.access = access;
        this.designations = designations;
        this.teams = teams;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<Recorded<Inspection>> create(TenantContext caller, NewInspection received) {
        String id = received.getId().toString();
        InspectionContent content = InspectionContent.of(received);
        return access.mayCreateFor(caller, content.municipalityCode()).enforce(caller)
                .then(scoped.findById(caller, id, Inspection.class).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(existing -> existing.isPresent() ? repeat(caller, existing.get(), content, received)
                        : createNew(caller, received, content));
    }

    private Mono<Recorded<Inspection>> createNew(TenantContext caller, NewInspection received, InspectionContent content) {
        String id = received.getId().toString();
        return validate(caller, content.municipalityCode(), content.origin(), content.inspectionRequestId(),
                content.teamId(), content.members(), content.startedAt(), content.endedAt(), content.plannedFor())
                .then(Mono.defer(() -> {
                    Inspection fresh = content.toStored(received.getId(), caller.region(),
                            crypto.sealAddress(caller.region(), id, content.address()), caller.username(),
                            clock.instant());
                    return scoped.insert(caller, fresh)
                            .flatMap(saved -> accessLog.record(caller, "CREATE", "inspection", id, null,
                                    InspectionQueries.PURPOSE).thenReturn(new Recorded<>(saved, true)))
                            .onErrorResume(DuplicateKeyException.class, raced -> scoped
                                    .findById(caller, id, Inspection.class)
                                    .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                                            "This inspection id is already in use; the field tool makes a new one.")))
                                    .flatMap(stored -> repeat(caller, stored, content, received)));
                }));
    }

    private Mono<Recorded<Inspection>> repeat(TenantContext caller, Inspection stored, InspectionContent content,
            Object received) {
        if (!access.mayWrite(caller, stored)) {
            return Mono.error(new ApiProblem(ProblemType.CONFLICT,
                    "This inspection id is already in use; the field tool makes a new one."));
        }
        if (InspectionContent.of(stored, crypto.openAddress(stored)).equals(content)) {
            // "already received" answers the stored inspection: a read of it
            return accessLog.record(caller, "READ", "inspection", stored.id(), null, InspectionQueries.PURPOSE)
                    .thenReturn(new Recorded<>(stored, false));
        }
        return Mono.error(FieldRecordConflict.of("Inspection " + stored.id() + " was received before with other content.",
                InspectionApiMapper.details(stored, crypto), received));
    }

    /** An edit of the version it names; a stale version is a conflict showing both. */
    public Mono<Inspection> update(TenantContext caller, String id, InspectionUpdate change) {
        return access.mayWrite(caller).enforce(caller)
                .then(scoped.findById(caller, id, Inspection.class))
                .filter(stored -> access.mayWrite(caller, stored))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Inspection")))
                .flatMap(stored -> edit(caller, stored, change));
    }

    private Mono<Inspection> edit(TenantContext caller, Inspection stored, InspectionUpdate change) {
        if (change.getVersion() != stored.version()) {
            return Mono.error(stale(stored, change));
        }
        InspectionStatus to = InspectionStatus.valueOf(change.getStatus().getValue());
        InspectionTransitions.require(stored.status(), to);
        List<InspectionMember> members = change.getMembers() == null ? stored.members()
                : change.getMembers().stream().map(m -> new InspectionMember(m.getUsername(), m.getActingFor())).toList();
        String teamId = change.getTeamId() == null ? stored.teamId() : change.getTeamId();
        Instant startedAt = change.getStartedAt() == null ? stored.startedAt() : change.getStartedAt().toInstant();
        Instant endedAt = change.getEndedAt() == null ? stored.endedAt() : change.getEndedAt().toInstant();
        LocalDate plannedFor = change.getPlannedFor() == null ? stored.plannedFor() : change.getPlannedFor();
        List<String> organisations = change.getOrganisations() == null ? stored.organisations()
                : change.getOrganisations().stream().map(o -> o.getValue()).sorted().toList();
        return validate(caller, stored.municipalityCode(), null, null, teamId, members, startedAt, endedAt, plannedFor)
                .then(Mono.defer(() -> {
                    Query unchanged = new Query(Criteria.where("_id").is(stored.id()).and("region").is(caller.region())
                            .and("version").is(stored.version()));
                    Update update = new Update().set("status", to).set("teamId", teamId).set("members", members)
                            .set("organisations", organisations).set("plannedFor", plannedFor)
                            .set("startedAt", startedAt).set("endedAt", endedAt).set("inspectedAt", startedAt)
                            .inc("version", 1);
                    return mongo.updateFirst(unchanged, update, Inspection.class)
                            .flatMap(result -> scoped.findById(caller, stored.id(), Inspection.class)
                                    .flatMap(now -> result.getModifiedCount() == 1 ? Mono.just(now)
                                            : Mono.error(stale(now, change))))
                            .flatMap(now -> accessLog.record(caller, "UPDATE", "inspection", now.id(), null,
                                    InspectionQueries.PURPOSE).thenReturn(now));
                }));
    }

    private ApiProblem stale(Inspection stored, Object received) {
        return FieldRecordConflict.of("Inspection " + stored.id() + " is at version " + stored.version()
                + "; the edit was made on another version.", InspectionApiMapper.details(stored, crypto), received);
    }

    /**
     * Field checks (400 naming the field) and the rules: origin ({@link InspectionOriginRule}; only at creation,
     * {@code origin} null otherwise) and designation ({@code ActingUnderDesignation}).
     */
    private Mono<Void> validate(TenantContext caller, String municipality, InspectionOrigin origin,
            String inspectionRequestId, String teamId, List<InspectionMember> members, Instant startedAt,
            Instant endedAt, LocalDate plannedFor) {
        for (int i = 0; i < members.size(); i++) {
            if (!municipalities.belongsToRegion(members.get(i).actingFor(), caller.region())) {
                return Mono.error(ApiProblem.invalidField("members[" + i + "].actingFor",
                        "must be a municipality of the region"));
            }
        }
        if (teamId != null && teams.find(caller.region(), teamId).isEmpty()) {
            return Mono.error(ApiProblem.invalidField("teamId", "is not a team of the region"));
        }
        if (startedAt != null && endedAt != null && endedAt.isBefore(startedAt)) {
            return Mono.error(ApiProblem.invalidField("endedAt", "must not be before startedAt"));
        }
        Mono<Void> originChecked = origin == null ? Mono.empty()
                : (inspectionRequestId == null || origin != InspectionOrigin.TAFEL ? Mono.<Optional<InspectionRequest>>just(Optional.empty())
                        : scoped.findById(caller, inspectionRequestId, InspectionRequest.class).map(Optional::of)
                                .defaultIfEmpty(Optional.empty()))
                        .flatMap(request -> InspectionOriginRule.decide(origin, inspectionRequestId,
                                request.orElse(null), municipality).enforce(caller))
                        .then();
        Set<Actor> actors = new LinkedHashSet<>();
        actors.add(new Actor(caller.username(), municipality));
        members.forEach(m -> actors.add(new Actor(m.username(), m.actingFor())));
        LocalDate date = InspectionDates.of(startedAt, plannedFor, clock);
        return originChecked.then(designations.check(caller, new ArrayList<>(actors), date)
                .flatMap(decision -> decision.enforce(caller)).then());
    }

    /** The edit a field tool's inspection record with {@code baseVersion} stands for. */
    public static InspectionUpdate asUpdate(NewInspection record, long baseVersion) {
        InspectionUpdate update = new InspectionUpdate().version(baseVersion).status(record.getStatus())
                .teamId(record.getTeamId()).plannedFor(record.getPlannedFor()).startedAt(record.getStartedAt())
                .endedAt(record.getEndedAt());
        update.setMembers(record.getMembers() == null ? null : new ArrayList<TeamMember>(record.getMembers()));
        update.setOrganisations(record.getOrganisations());
        return update;
    }
}
