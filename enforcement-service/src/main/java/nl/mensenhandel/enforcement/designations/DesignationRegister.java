package nl.mensenhandel.enforcement.designations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** Designations and mandates of the caller's region: stored by natural key, read for the designation rule. */
@Service
public class DesignationRegister {

    static final String PURPOSE = "toezicht: aanwijzing van toezichthouders en mandaat (Awb 5:11, 10:1)";

    private final RegionScopedMongo mongo;
    private final AccessLog accessLog;
    private final Clock clock;

    public DesignationRegister(RegionScopedMongo mongo, AccessLog accessLog, Clock clock) {
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    /** Creates or replaces the designation of {@code username} by the municipality (natural key). */
    public Mono<Designation> put(TenantContext caller, Designation designation) {
        Designation stored = new Designation(Designation.idOf(designation.municipalityCode(), designation.username()),
                caller.region(), designation.municipalityCode(), designation.username(), designation.designatedBy(),
                designation.underMandateOf(), designation.decisionReference(), designation.validFrom(),
                designation.validUntil(), clock.instant(), caller.username());
        return mongo.save(caller, stored)
                .flatMap(saved -> accessLog.record(caller, "UPDATE", "designation", saved.id(), null, PURPOSE)
                        .thenReturn(saved));
    }

    /** Creates or replaces the municipality's mandate (one per municipality). */
    public Mono<Mandate> put(TenantContext caller, Mandate mandate) {
        Mandate stored = new Mandate(mandate.municipalityCode(), caller.region(), mandate.municipalityCode(),
                mandate.organisation(), mandate.decisionReference(), mandate.validFrom(), mandate.validUntil(),
                mandate.tasks(), clock.instant(), caller.username());
        return mongo.save(caller, stored)
                .flatMap(saved -> accessLog.record(caller, "UPDATE", "mandate", saved.id(), null, PURPOSE)
                        .thenReturn(saved));
    }

    /** The designations and mandates of the given municipalities (null: the whole region), access-logged. */
    public Mono<Overview> overview(TenantContext caller, Set<String> municipalities) {
        Query designations = new Query();
        Query mandates = new Query();
        if (municipalities != null) {
            designations.addCriteria(Criteria.where("municipalityCode").in(municipalities));
            mandates.addCriteria(Criteria.where("municipalityCode").in(municipalities));
        }
        Sort order = Sort.by("municipalityCode", "_id");
        return Mono.zip(mongo.find(caller, designations.with(order), Designation.class).collectList(),
                mongo.find(caller, mandates.with(order), Mandate.class).collectList())
                .map(both -> new Overview(both.getT1(), both.getT2()))
                .flatMap(overview -> accessLog.recordList(caller, "designation",
                        overview.designations().stream().map(Designation::id).toList(), PURPOSE).thenReturn(overview));
    }

    /** What {@link ActingUnderDesignation} says about these actors on the date (one read each of both kinds). */
    public Mono<PolicyDecision> check(TenantContext caller, Collection<Actor> actors, LocalDate date) {
        Set<String> ids = actors.stream().map(a -> Designation.idOf(a.municipalityCode(), a.username()))
                .collect(Collectors.toSet());
        Set<String> municipalities = actors.stream().map(Actor::municipalityCode).collect(Collectors.toSet());
        return Mono.zip(
                mongo.find(caller, new Query(Criteria.where("_id").in(ids)), Designation.class).collectList(),
                mongo.find(caller, new Query(Criteria.where("_id").in(municipalities)), Mandate.class).collectList())
                .map(both -> ActingUnderDesignation.decide(new ArrayList<>(actors), date, both.getT1(), both.getT2()));
    }

    public record Overview(List<Designation> designations, List<Mandate> mandates) {
    }
}
