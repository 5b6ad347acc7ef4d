package nl.mensenhandel.enforcement.permits;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.instruments.InstrumentCatalogue;
import nl.mensenhandel.enforcement.measures.MeasureAccessPolicy;
import nl.mensenhandel.enforcement.premises.Premises;
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
import reactor.core.publisher.Mono;

/**
 * Permit applications with their Bibob screening and the decision under the municipality's licence caps (contract
 * {@code applyForPermit} … {@code decidePermitApplication}). Need to know as the measures
 * ({@link MeasureAccessPolicy}): handhavers of the municipality act, the beleidsregisseur reads. Every read and write
 * is access-logged. Changes are conditional on {@code version}.
 */
@Service
public class PermitApplications {

    static final String PURPOSE = "vergunningverlening en Bibob-toets (APV hoofdstuk 3, Wet Bibob)";
    static final String RESOURCE = "permit-application";

    /** An application as recorded. */
    public record NewApplication(String municipalityCode, String permitType, String applicant, Premises address,
            LocalDate receivedOn) {
    }

    private final RegionScopedMongo mongo;
    private final ReactiveMongoTemplate template;
    private final InstrumentCatalogue catalogue;
    private final IdempotentCommands idempotent;
    private final AccessLog accessLog;
    private final Clock clock;
    private final MunicipalityRegistry registry = MunicipalityRegistry.load();

    PermitApplications(RegionScopedMongo mongo, ReactiveMongoTemplate template, InstrumentCatalogue catalogue,
            IdempotentCommands idempotent, AccessLog accessLog, Clock clock) {
        this.mongo = mongo;
        this.template = template;
        this.catalogue = catalogue;
        this.idempotent = idempotent;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<PermitApplication>> apply(TenantContext caller, NewApplication request, String key) {
        return MeasureAccessPolicy.mayAct(caller).enforce(caller).<IdempotentOutcome<PermitApplication>>flatMap(c -> {
            if (!registry.belongsToRegion(request.municipalityCode(), caller.region())) {
                return Mono.error(ApiProblem.invalidField("municipalityCode", "is not a municipality of your region"));
            }
            if (!caller.servesMunicipality(request.municipalityCode())) {
                return Mono.error(new ApiProblem(ProblemType.FORBIDDEN, "You do not serve municipality "
                        + request.municipalityCode() + " (rule: " + MeasureAccessPolicy.RULE + ")."));
            }
            return idempotent.run(caller.region() + "|" + caller.subject() + "|permits.apply", key, request,
                    id -> mongo.insert(caller, new PermitApplication(id, caller.region(), request.municipalityCode(),
                            request.permitType(), request.applicant(), request.address(), request.receivedOn(),
                            PermitStatus.IN_BEHANDELING, null, null, null, null, clock.instant(), caller.username(),
                            0)),
                    id -> mongo.findById(caller, id, PermitApplication.class));
        }).flatMap(outcome -> accessLog.record(caller, outcome.created() ? "CREATE" : "READ", RESOURCE,
                outcome.resource().id(), null, PURPOSE).thenReturn(outcome));
    }

    public Mono<Paged<PermitApplication>> list(TenantContext caller, int page, int size) {
        return MeasureAccessPolicy.mayRead(caller).enforce(caller).flatMap(c -> {
            Query query = new Query();
            if (!caller.hasRole(Roles.BELEIDSREGISSEUR)) {
                query.addCriteria(Criteria.where("municipalityCode").in(caller.municipalities()));
            }
            return mongo.page(caller, query, Sort.by(Sort.Direction.DESC, "createdAt"), page, size,
                    PermitApplication.class);
        }).flatMap(result -> accessLog.recordList(caller, RESOURCE,
                result.items().stream().map(PermitApplication::id).toList(), PURPOSE).thenReturn(result));
    }

    public Mono<PermitApplication> get(TenantContext caller, String id) {
        return MeasureAccessPolicy.mayRead(caller).enforce(caller)
                .flatMap(c -> mongo.findById(caller, id, PermitApplication.class))
                .filter(a -> MeasureAccessPolicy.inScope(caller, a.municipalityCode()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Permit application")))
                .flatMap(a -> accessLog.record(caller, "READ", RESOURCE, id, null, PURPOSE).thenReturn(a));
    }

    private Mono<PermitApplication> actionable(TenantContext caller, String id, long version) {
        return MeasureAccessPolicy.mayAct(caller).enforce(caller)
                .flatMap(c -> mongo.findById(caller, id, PermitApplication.class))
                .filter(a -> MeasureAccessPolicy.mayActIn(caller, a.municipalityCode()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Permit application")))
                .flatMap(a -> a.version() == version ? Mono.just(a)
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT, "The application is at version "
                                + a.version() + ", not " + version + "; read it again")));
    }

    public Mono<PermitApplication> screen(TenantContext caller, String id, long version, PermitApplication.Bibob bibob) {
        return actionable(caller, id, version)
                .flatMap(a -> PermitTransitions.screeningMayChange(a.status()).enforce(a))
                .flatMap(a -> change(caller, a, new Update().set("bibob", bibob)));
    }

    public Mono<PermitApplication> decide(TenantContext caller, String id, long version, PermitStatus outcome,
            LocalDate decidedOn, String reason) {
        return actionable(caller, id, version)
                .flatMap(a -> PermitTransitions.step(a.status(), outcome).enforce(a))
                .flatMap(a -> BibobAdvicePending.check(a.bibob(), outcome).enforce(a))
                .flatMap(a -> grantedAlready(a).flatMap(granted -> (outcome.granted()
                        ? LicenceCap.check(catalogue.municipality(a.region(), a.municipalityCode()), a.permitType(),
                                granted)
                        : PolicyDecision.allowed()).enforce(a)))
                .flatMap(a -> change(caller, a, new Update().set("status", outcome.name()).set("decidedOn", decidedOn)
                        .set("reason", reason).set("decidedAt", clock.instant())));
    }

    /** Granted licences of the application's type in its municipality (the licence cap counts them). */
    private Mono<Long> grantedAlready(PermitApplication a) {
        return template.count(new Query(Criteria.where("region").is(a.region())
                .and("municipalityCode").is(a.municipalityCode()).and("permitType").is(a.permitType())
                .and("status").in(PermitStatus.VERLEEND.name(), PermitStatus.VERLEEND_MET_VOORSCHRIFTEN.name())),
                PermitApplication.class);
    }

    private Mono<PermitApplication> change(TenantContext caller, PermitApplication a, Update update) {
        Query unchanged = new Query(Criteria.where("_id").is(a.id()).and("region").is(a.region())
                .and("version").is(a.version()));
        return template.updateFirst(unchanged, update.inc("version", 1), PermitApplication.class)
                .filter(result -> result.getModifiedCount() == 1)
                .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                        "The application was changed meanwhile; read it again")))
                .flatMap(done -> mongo.findById(caller, a.id(), PermitApplication.class))
                .flatMap(after -> accessLog.record(caller, "UPDATE", RESOURCE, a.id(), null, PURPOSE)
                        .thenReturn(after));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/Amsterdam")));
    }
}
