package nl.mensenhandel.platform.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.audit.api.AccessLogApi;
import nl.mensenhandel.platform.audit.api.model.AccessLogEntryPage;
import nl.mensenhandel.platform.audit.api.model.AccessOutcome;
import nl.mensenhandel.platform.audit.api.model.ChainProblem;
import nl.mensenhandel.platform.audit.api.model.PageMetadata;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The access-log contract ({@code api-specs/access-log.yaml}), one implementation for every service with
 * a database. It answers only for its own service ({@code spring.application.name}); role
 * {@code privacy-officer} only, and only the officer's own region's chain. The officer's queries and
 * verifications are logged in that chain too.
 */
@RestController
public class AccessLogController implements AccessLogApi {

    static final String PURPOSE = "Toezicht op rechtmatige toegang tot persoonsgegevens (privacy officer)";

    private final ReactiveMongoTemplate mongo;
    private final AccessLog accessLog;
    private final ChainVerifier verifier;

    public AccessLogController(ReactiveMongoTemplate mongo, AccessLog accessLog, ChainVerifier verifier) {
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.verifier = verifier;
    }

    @Override
    public Mono<ResponseEntity<AccessLogEntryPage>> listAccessLogEntries(String service, @Nullable String dataSubject,
            @Nullable String actor, @Nullable String resourceId, @Nullable OffsetDateTime from,
            @Nullable OffsetDateTime to, Integer page, Integer size, ServerWebExchange exchange) {
        return officer(service).flatMap(officer -> {
            List<Criteria> filters = new ArrayList<>(List.of(AccessLog.inChain(officer.region()),
                    Criteria.where("region").is(officer.region())));
            if (dataSubject != null) {
                filters.add(Criteria.where("dataSubject").is(dataSubject));
            }
            if (actor != null) {
                filters.add(new Criteria().orOperator(Criteria.where("actorUsername").is(actor),
                        Criteria.where("actor").is(actor)));
            }
            if (resourceId != null) {
                filters.add(new Criteria().orOperator(Criteria.where("resourceId").is(resourceId),
                        Criteria.where("resourceIds").is(resourceId)));
            }
            if (from != null) {
                filters.add(Criteria.where("at").gte(from.toInstant()));
            }
            if (to != null) {
                filters.add(Criteria.where("at").lt(to.toInstant()));
            }
            Query matching = Query.query(new Criteria().andOperator(filters));
            Query pageQuery = Query.of(matching).with(Sort.by(Sort.Direction.DESC, "_id"))
                    .skip((long) page * size).limit(size);
            return Mono.zip(mongo.find(pageQuery, AccessLogEntry.class).collectList(),
                            mongo.count(matching, AccessLogEntry.class))
                    .flatMap(found -> accessLog.record(Access.by(officer, "SEARCH", "access-log", service)
                                    .dataSubject(dataSubject)
                                    .shown(found.getT1().stream().map(AccessLogEntry::id).toList())
                                    .purpose(PURPOSE).legalBasis(LegalBasis.SUPERVISION))
                            .thenReturn(new AccessLogEntryPage()
                                    .items(found.getT1().stream().map(AccessLogController::toApi).toList())
                                    .page(new PageMetadata(page, size, found.getT2(),
                                            (int) ((found.getT2() + size - 1) / size)))));
        }).map(ResponseEntity::ok);
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.platform.audit.api.model.ChainVerification>> verifyAccessLog(
            String service, ServerWebExchange exchange) {
        return officer(service).flatMap(officer -> verifier.verify(officer.region())
                .flatMap(result -> accessLog.record(Access.by(officer, "VERIFY", "access-log", service)
                                .purpose(PURPOSE).legalBasis(LegalBasis.SUPERVISION))
                        .thenReturn(toApi(service, result))))
                .map(ResponseEntity::ok);
    }

    /** Rule: the log of this service, to the privacy officer of a region only (issue 6 §4). */
    private Mono<TenantContext> officer(String service) {
        if (!accessLog.service().equals(service)) {
            return Mono.error(ApiProblem.notFound("The access log of " + service + " (not served here)"));
        }
        return CurrentTenant.get().flatMap(caller -> caller.hasRole(LegalBasis.PRIVACY_OFFICER) ? Mono.just(caller)
                : Mono.error(new ApiProblem(ProblemType.FORBIDDEN, "Only a privacy officer reads the access log.")));
    }

    private static nl.mensenhandel.platform.audit.api.model.AccessLogEntry toApi(AccessLogEntry entry) {
        return new nl.mensenhandel.platform.audit.api.model.AccessLogEntry(entry.sequence(),
                entry.at().atOffset(ZoneOffset.UTC), entry.service(), entry.region(), entry.action(),
                AccessOutcome.fromValue(entry.outcome().name()), entry.actor(), entry.previousHash(), entry.hash())
                .actorUsername(entry.actorUsername())
                .actorRoles(entry.actorRoles() == null ? null : entry.actorRoles().stream().sorted().toList())
                .organisation(entry.organisation())
                .onBehalfOf(entry.onBehalfOf())
                .client(entry.client())
                .resourceType(entry.resourceType())
                .resourceId(entry.resourceId())
                .resourceIds(entry.resourceIds())
                .dataSubject(entry.dataSubject())
                .purpose(entry.purpose())
                .legalBasis(entry.legalBasis())
                .traceId(entry.traceId());
    }

    private static nl.mensenhandel.platform.audit.api.model.ChainVerification toApi(String service,
            ChainVerification result) {
        var answer = new nl.mensenhandel.platform.audit.api.model.ChainVerification(service, result.region(),
                result.intact() ? nl.mensenhandel.platform.audit.api.model.ChainVerification.StatusEnum.INTACT
                        : nl.mensenhandel.platform.audit.api.model.ChainVerification.StatusEnum.BROKEN,
                result.entriesChecked())
                .lastSequence(result.lastSequence())
                .headHash(result.headHash());
        if (result.firstProblem() != null) {
            answer.firstProblem(new ChainProblem(result.firstProblem().sequence(),
                    ChainProblem.KindEnum.fromValue(result.firstProblem().kind().name()),
                    result.firstProblem().detail()));
        }
        return answer;
    }
}
