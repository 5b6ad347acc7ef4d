package nl.mensenhandel.enforcement.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.Instrument;
import nl.mensenhandel.enforcement.instruments.InstrumentCatalogue;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.enforcement.premises.PremisesIndex;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Administrative measures and their Awb procedure (contract operations {@code proposeMeasure} …
 * {@code recordWrittenDecision}): the legal limits ({@link MeasureRules}) at the proposal and again at the decision
 * and execution, the steps by {@link MeasureTransitions}, legal remedies beside the procedure (Awb 6:16), spoedeisende
 * bestuursdwang with its written decision afterwards, and the emergency-housing request for displaced persons
 * through the outbox. Every read and write is access-logged.
 */
@Service
public class Measures {

    static final String PURPOSE = "bestuurlijke aanpak mensenhandel: bestuurlijke maatregel (Gemeentewet, Woningwet, APV;"
            + " Awb)";
    static final String RESOURCE = "measure";
    static final String REMEDY_OUTCOME_RULE = "remedy-outcome-fits-kind";

    /** A proposal as the handhaver made it. */
    public record NewMeasure(String instrumentCode, String municipalityCode, CompetentAuthority competentAuthority,
            String inspectionId, LocalDate proposedOn, Premises address, boolean spoedeisend, Integer durationWeeks,
            Set<Threat> threats, Measure.DwangsomTerms dwangsom, Double fineEuro, Measure.Displaced displacedPersons,
            String grounds) {
    }

    /** A step asked for. */
    public record Transition(MeasureStatus to, LocalDate date, long version, String decisionReference,
            String reason) {
    }

    private final RegionScopedMongo mongo;
    private final MeasureStore store;
    private final InstrumentCatalogue catalogue;
    private final PremisesIndex premises;
    private final MeasureNotifications notifications;
    private final MeasureEncryption encryption;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;
    private final Period spoedWrittenWithin;
    private final MunicipalityRegistry registry = MunicipalityRegistry.load();

    Measures(RegionScopedMongo mongo, MeasureStore store, InstrumentCatalogue catalogue, PremisesIndex premises,
            MeasureNotifications notifications, MeasureEncryption encryption, IdempotentCommands idempotent,
            AccessLog accessLog, Clock clock,
            @Value("${enforcement.measures.spoed-written-within:P3D}") Period spoedWrittenWithin) {
        this.mongo = mongo;
        this.store = store;
        this.catalogue = catalogue;
        this.premises = premises;
        this.notifications = notifications;
        this.encryption = encryption;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
        this.spoedWrittenWithin = spoedWrittenWithin;
    }

    // ----- propose

    public Mono<IdempotentOutcome<Measure>> propose(TenantContext caller, NewMeasure request, String key) {
        return MeasureAccessPolicy.mayAct(caller).enforce(caller).<IdempotentOutcome<Measure>>flatMap(c -> {
            if (!registry.belongsToRegion(request.municipalityCode(), caller.region())) {
                return Mono.error(ApiProblem.invalidField("municipalityCode", "is not a municipality of your region"));
            }
            if (!caller.servesMunicipality(request.municipalityCode())) {
                return PolicyDecision.rejected(MeasureAccessPolicy.RULE, ProblemType.FORBIDDEN,
                        "You do not serve municipality " + request.municipalityCode())
                        .<IdempotentOutcome<Measure>>enforce(null);
            }
            String index = premises.token(caller.region(), request.address());
            return proposal(caller.region(), null, request.instrumentCode(), request.municipalityCode(),
                    request.competentAuthority(), request.proposedOn(), request.spoedeisend(),
                    request.durationWeeks(), request.threats(), request.dwangsom(), request.address())
                    .flatMap(proposal -> MeasureRules.check(proposal).enforce(proposal))
                    .flatMap(proposal -> idempotent.run(caller.region() + "|" + caller.subject() + "|measures.propose",
                            key, request, id -> create(caller, id, request, proposal, index),
                            id -> mongo.findById(caller, id, Measure.class)));
        }).flatMap(outcome -> accessLog.record(caller, outcome.created() ? "CREATE" : "READ", RESOURCE,
                outcome.resource().id(), null, PURPOSE).thenReturn(outcome));
    }

    private Mono<Measure> create(TenantContext caller, String id, NewMeasure request, Proposal proposal,
            String index) {
        MeasureStatus initial = MeasureTransitions.initial(request.spoedeisend());
        boolean displaced = request.displacedPersons() != null && request.displacedPersons().total() > 0;
        Measure measure = new Measure(id, caller.region(), request.municipalityCode(), request.instrumentCode(),
                proposal.inForce().legalBasis(), request.competentAuthority(), request.inspectionId(),
                request.address(), index, initial, request.proposedOn(), request.spoedeisend(), null,
                request.spoedeisend() ? request.proposedOn().plus(spoedWrittenWithin) : null, false, false,
                request.durationWeeks(), request.threats() == null ? List.of() : List.copyOf(request.threats()),
                request.dwangsom(), request.fineEuro(), request.displacedPersons(),
                request.spoedeisend() && displaced ? Measure.TE_VERZENDEN : null, request.grounds(),
                List.of(new Measure.Step(null, initial, request.proposedOn(), caller.username(), null, null)),
                List.of(), request.spoedeisend() ? request.proposedOn() : null, false, null, clock.instant(),
                caller.username(), 0, List.of());
        if (request.spoedeisend() && displaced) {
            measure = withOutbox(measure, List.of(notifications.emergencyHousing(measure)));
        }
        return mongo.insert(caller, measure);
    }

    private static Measure withOutbox(Measure m, List<Document> outbox) {
        return new Measure(m.id(), m.region(), m.municipalityCode(), m.instrumentCode(), m.legalBasis(),
                m.competentAuthority(), m.inspectionId(), m.address(), m.premisesIndex(), m.status(), m.proposedOn(),
                m.spoedeisend(), m.writtenDecision(), m.writingDueOn(), m.writingOverdue(), m.executionSuspended(),
                m.durationWeeks(), m.threats(), m.dwangsom(), m.fineEuro(), m.displacedPersons(), m.careRequest(),
                m.grounds(), m.history(), m.remedies(), m.decidedOn(), m.annulled(), m.endedAt(), m.createdAt(),
                m.createdBy(), m.version(), outbox);
    }

    /** The legal limits' view of a measure: its instrument, the municipality's choices, earlier measures there. */
    Mono<Proposal> proposal(String region, String measureId, String instrumentCode, String municipalityCode,
            CompetentAuthority authority, LocalDate proposedOn, boolean spoedeisend, Integer durationWeeks,
            Set<Threat> threats, Measure.DwangsomTerms dwangsom, Premises address) {
        Instrument instrument = catalogue.find(region, instrumentCode).orElse(null);
        return earlierAt(region, measureId, address, proposedOn).collectList()
                .map(earlier -> new Proposal(instrument,
                        catalogue.inForce(region, instrumentCode, proposedOn, municipalityCode).orElse(null),
                        authority, proposedOn, spoedeisend, durationWeeks, threats, dwangsom,
                        catalogue.municipality(region, municipalityCode), earlier));
    }

    /** Earlier decided, not annulled measures at the same premises (by blind index), with their instrument's marks. */
    private Flux<Proposal.EarlierMeasure> earlierAt(String region, String measureId, Premises address,
            LocalDate proposedOn) {
        Criteria criteria = Criteria.where("region").is(region)
                .and("premisesIndex").in(premises.searchTokens(region, address))
                .and("decidedOn").ne(null).lte(proposedOn)
                .and("annulled").is(false);
        if (measureId != null) {
            criteria = criteria.and("_id").ne(measureId);
        }
        return store.find(new Query(criteria)).map(m -> new Proposal.EarlierMeasure(m.id(), m.instrumentCode(),
                catalogue.find(region, m.instrumentCode())
                        .map(Instrument::marks).orElse(Set.<InstrumentMark>of()), m.decidedOn()));
    }

    // ----- read

    public Mono<Paged<Measure>> list(TenantContext caller, int page, int size, MeasureStatus status,
            Boolean writingOverdue) {
        return MeasureAccessPolicy.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            if (!caller.hasRole(Roles.BELEIDSREGISSEUR)) {
                query.addCriteria(Criteria.where("municipalityCode").in(caller.municipalities()));
            }
            if (status != null) {
                query.addCriteria(Criteria.where("status").is(status.name()));
            }
            if (writingOverdue != null) {
                query.addCriteria(Criteria.where("writingOverdue").is(writingOverdue));
            }
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size, Measure.class);
        }).flatMap(result -> accessLog.recordList(caller, RESOURCE, result.items().stream().map(Measure::id).toList(),
                PURPOSE).thenReturn(result));
    }

    public Mono<Measure> get(TenantContext caller, String id) {
        return MeasureAccessPolicy.mayRead(caller).enforce(caller).flatMap(c -> visible(caller, id))
                .flatMap(measure -> accessLog.record(caller, "READ", RESOURCE, id, null, PURPOSE).thenReturn(measure));
    }

    private Mono<Measure> visible(TenantContext caller, String id) {
        return mongo.findById(caller, id, Measure.class)
                .filter(measure -> MeasureAccessPolicy.inScope(caller, measure.municipalityCode()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Measure")));
    }

    /** A measure the handhaver may act on: 403 for other roles, 404 outside their municipalities or region. */
    private Mono<Measure> actionable(TenantContext caller, String id) {
        return MeasureAccessPolicy.mayAct(caller).enforce(caller).flatMap(c -> mongo.findById(caller, id, Measure.class))
                .filter(measure -> MeasureAccessPolicy.mayActIn(caller, measure.municipalityCode()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Measure")));
    }

    private Mono<Measure> written(TenantContext caller, Mono<Measure> change) {
        return change.switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                        "The measure was changed meanwhile; read it again")))
                .flatMap(measure -> accessLog.record(caller, "UPDATE", RESOURCE, measure.id(), null, PURPOSE)
                        .thenReturn(measure));
    }

    // ----- advance

    public Mono<Measure> advance(TenantContext caller, String id, Transition transition) {
        return actionable(caller, id).flatMap(measure -> {
            if (measure.version() != transition.version()) {
                return Mono.error(new ApiProblem(ProblemType.CONFLICT, "The measure is at version " + measure.version()
                        + ", not " + transition.version() + "; read it again"));
            }
            return MeasureTransitions.step(measure.status(), transition.to()).enforce(measure)
                    .flatMap(m -> SuspendedByVoorlopigeVoorziening.check(m, transition.to()).enforce(m))
                    .flatMap(m -> recheck(m, transition.to()))
                    .flatMap(m -> written(caller, store.apply(m, stepUpdate(caller, m, transition),
                            stepEntries(m, transition.to()))));
        });
    }

    /** The legal limits again where the measure becomes a decision or is carried out. */
    private Mono<Measure> recheck(Measure m, MeasureStatus to) {
        if (to != MeasureStatus.BESLUIT && to != MeasureStatus.UITVOERING) {
            return Mono.just(m);
        }
        return proposal(m.region(), m.id(), m.instrumentCode(), m.municipalityCode(), m.competentAuthority(),
                m.proposedOn(), m.spoedeisend(), m.durationWeeks(), Set.copyOf(m.threats()), m.dwangsom(), m.address())
                .flatMap(proposal -> MeasureRules.check(proposal).enforce(m));
    }

    private Update stepUpdate(TenantContext caller, Measure m, Transition t) {
        Update update = new Update().set("status", t.to().name())
                .push("history", new Measure.Step(m.status(), t.to(), t.date(), caller.username(),
                        t.decisionReference(), encryption.sealedReason(m, m.history().size(), t.reason())));
        if ((t.to() == MeasureStatus.BESLUIT || t.to() == MeasureStatus.UITVOERING) && m.decidedOn() == null) {
            update.set("decidedOn", t.date());
        }
        if (t.to() == MeasureStatus.UITVOERING && m.hasDisplacedPersons()) {
            update.set("careRequest", Measure.TE_VERZENDEN);
        }
        if (t.to() == MeasureStatus.BEEINDIGD) {
            update.set("endedAt", clock.instant());
        }
        return update;
    }

    /** The emergency-housing request once, when a non-urgent measure with displaced persons is carried out. */
    private List<Document> stepEntries(Measure m, MeasureStatus to) {
        String entryId = nl.mensenhandel.enforcement.commands.EnforcementCommands.emergencyHousingId(m.id());
        boolean present = m.outbox().stream().anyMatch(entry -> entryId.equals(entry.getString("id")));
        return to == MeasureStatus.UITVOERING && m.hasDisplacedPersons() && !present && m.careRequest() == null
                ? List.of(notifications.emergencyHousing(m)) : List.of();
    }

    // ----- legal remedies

    public Mono<IdempotentOutcome<Measure>> fileRemedy(TenantContext caller, String id, LegalRemedyKind kind,
            LocalDate filedOn, String reference, String key) {
        record Request(String measureId, LegalRemedyKind kind, LocalDate filedOn, String reference) {
        }
        return actionable(caller, id).flatMap(measure -> {
            if (measure.decidedOn() == null) {
                return Mono.error(new ApiProblem(ProblemType.ILLEGAL_TRANSITION,
                        "A legal remedy is filed against a decision; this measure has none yet (" + measure.status()
                                + ")"));
            }
            return idempotent.run(caller.region() + "|" + caller.subject() + "|measures.remedy", key,
                    new Request(id, kind, filedOn, reference),
                    remedyId -> addRemedy(measure, new Measure.Remedy(remedyId, kind, filedOn, reference, null, null)),
                    remedyId -> mongo.findById(caller, id, Measure.class));
        }).flatMap(outcome -> accessLog.record(caller, "UPDATE", RESOURCE, id, null, PURPOSE).thenReturn(outcome));
    }

    private Mono<Measure> addRemedy(Measure measure, Measure.Remedy remedy) {
        if (measure.remedies().stream().anyMatch(r -> r.id().equals(remedy.id()))) {
            return Mono.just(measure);
        }
        return store.apply(measure, new Update().push("remedies", remedy), List.of())
                .switchIfEmpty(Mono.defer(() -> store.reload(measure).flatMap(this::retryOrConflict)
                        .flatMap(fresh -> addRemedy(fresh, remedy))));
    }

    private Mono<Measure> retryOrConflict(Measure fresh) {
        return fresh.decidedOn() == null ? Mono.error(new ApiProblem(ProblemType.CONFLICT, "The measure changed"))
                : Mono.just(fresh);
    }

    public Mono<Measure> decideRemedy(TenantContext caller, String id, String remedyId, RemedyOutcome outcome,
            LocalDate decidedOn) {
        return actionable(caller, id).flatMap(measure -> {
            Measure.Remedy remedy = measure.remedies().stream().filter(r -> r.id().equals(remedyId)).findFirst()
                    .orElse(null);
            if (remedy == null) {
                return Mono.error(ApiProblem.notFound("Legal remedy"));
            }
            if (remedy.outcome() != null) {
                return Mono.error(new ApiProblem(ProblemType.ILLEGAL_TRANSITION,
                        "The legal remedy was decided already (" + remedy.outcome() + ")"));
            }
            return outcomeFitsKind(remedy.kind(), outcome).enforce(measure)
                    .flatMap(m -> written(caller, store.apply(m, remedyUpdate(caller, m, remedy, outcome, decidedOn),
                            List.of())));
        });
    }

    /**
     * Rule {@value #REMEDY_OUTCOME_RULE}: a voorlopige voorziening is granted or refused (TOEGEWEZEN, AFGEWEZEN; Awb
     * 8:81); a bezwaar or beroep is well-founded, unfounded or inadmissible (GEGROND, ONGEGROND, NIET_ONTVANKELIJK;
     * Awb 7:11, 8:70); any may be withdrawn (INGETROKKEN).
     */
    static PolicyDecision outcomeFitsKind(LegalRemedyKind kind, RemedyOutcome outcome) {
        boolean fits = outcome == RemedyOutcome.INGETROKKEN || (kind == LegalRemedyKind.VOORLOPIGE_VOORZIENING
                ? outcome == RemedyOutcome.TOEGEWEZEN || outcome == RemedyOutcome.AFGEWEZEN
                : outcome == RemedyOutcome.GEGROND || outcome == RemedyOutcome.ONGEGROND
                        || outcome == RemedyOutcome.NIET_ONTVANKELIJK);
        return fits ? PolicyDecision.allowed() : PolicyDecision.rejected(REMEDY_OUTCOME_RULE,
                ProblemType.UNPROCESSABLE, "A " + kind + " cannot have outcome " + outcome);
    }

    private Update remedyUpdate(TenantContext caller, Measure m, Measure.Remedy remedy, RemedyOutcome outcome,
            LocalDate decidedOn) {
        List<Measure.Remedy> remedies = new ArrayList<>();
        for (Measure.Remedy r : m.remedies()) {
            remedies.add(r.id().equals(remedy.id())
                    ? new Measure.Remedy(r.id(), r.kind(), r.filedOn(), r.reference(), outcome, decidedOn) : r);
        }
        Update update = new Update().set("remedies", remedies);
        if (remedy.kind() == LegalRemedyKind.VOORLOPIGE_VOORZIENING && outcome == RemedyOutcome.TOEGEWEZEN) {
            update.set("executionSuspended", true);
        }
        if (remedy.kind() != LegalRemedyKind.VOORLOPIGE_VOORZIENING && outcome == RemedyOutcome.GEGROND) {
            update.set("annulled", true);
            if (m.status() != MeasureStatus.BEEINDIGD) {
                String reason = remedy.kind() + " gegrond verklaard op " + decidedOn;
                update.set("status", MeasureStatus.BEEINDIGD.name()).set("endedAt", clock.instant())
                        .push("history", new Measure.Step(m.status(), MeasureStatus.BEEINDIGD, decidedOn,
                                caller.username(), remedy.reference(),
                                encryption.sealedReason(m, m.history().size(), reason)));
            }
        }
        return update;
    }

    // ----- written decision

    public Mono<Measure> recordWrittenDecision(TenantContext caller, String id, LocalDate writtenOn,
            String decisionReference) {
        return actionable(caller, id).flatMap(measure -> {
            if (!measure.spoedeisend() || measure.writtenDecision() != null) {
                return Mono.error(new ApiProblem(ProblemType.ILLEGAL_TRANSITION, measure.spoedeisend()
                        ? "This spoedeisende bestuursdwang was put in writing already"
                        : "Only spoedeisende bestuursdwang is put in writing afterwards"));
            }
            return written(caller, store.apply(measure, new Update()
                    .set("writtenDecision", new Measure.WrittenDecisionRecord(writtenOn, decisionReference))
                    .set("writingOverdue", false), List.of()));
        });
    }

    /** Used by the job: as read, without a caller. */
    Flux<Measure> overdueCandidates(LocalDate today) {
        return store.find(new Query(Criteria.where("spoedeisend").is(true).and("writtenDecision").is(null)
                .and("writingOverdue").is(false).and("writingDueOn").lt(today)));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }
}
