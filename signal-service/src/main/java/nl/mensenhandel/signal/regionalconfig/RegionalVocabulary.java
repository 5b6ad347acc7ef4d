package nl.mensenhandel.signal.regionalconfig;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.ExploitationForm;

/**
 * A region's categories and sectors: managed by its regio-beheerder, used to validate intake.
 * <p>
 * Every intake and reclassification checks against the region's active vocabulary, so it is kept in memory for a
 * short while ({@code signal.vocabulary.fresh-for}) instead of being read twice per request: a change through this
 * instance takes effect at once (its region's entry is dropped), a change through another instance within that
 * while.
 */
@Service
public class RegionalVocabulary {

    /** The active categories (code → form) and sector codes of one region. */
    private record Active(Map<String, ExploitationForm> categories, Set<String> sectors) {
    }

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final Duration freshFor;
    private final Map<String, Mono<Active>> active = new ConcurrentHashMap<>();

    public RegionalVocabulary(RegionScopedMongo scoped, ReactiveMongoTemplate mongo,
            @Value("${signal.vocabulary.fresh-for:PT10S}") Duration freshFor) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.freshFor = freshFor;
    }

    /** Rule: only the regio-beheerder changes the region's vocabulary. */
    static PolicyDecision mayManage(TenantContext caller) {
        return caller.hasRole(Roles.REGIO_BEHEERDER) ? PolicyDecision.allowed()
                : PolicyDecision.rejected("vocabulary-managed-by-regio-beheerder", ProblemType.FORBIDDEN,
                        "Only the regio-beheerder manages categories and sectors");
    }

    /**
     * Rule: a category maps onto one of the four forms of art. 273f Sr (DOMAIN.md §1), never ONBEKEND: it is what
     * the category suggests to the AF.
     */
    static PolicyDecision categoryMapsOntoKnownForm(ExploitationForm form) {
        return form == null || form.isKnown() ? PolicyDecision.allowed()
                : PolicyDecision.rejectedField("category-maps-onto-known-form", "form",
                        "must be one of the four forms (SEKSUEEL, ARBEID, CRIMINEEL, ORGAAN), not ONBEKEND");
    }

    public Flux<RegionalCategory> categories(TenantContext caller) {
        return scoped.find(caller, new Query().with(Sort.by("code")), RegionalCategory.class);
    }

    public Flux<RegionalSector> sectors(TenantContext caller) {
        return scoped.find(caller, new Query().with(Sort.by("code")), RegionalSector.class);
    }

    public Mono<RegionalCategory> putCategory(TenantContext caller, String code, String name, ExploitationForm form,
            boolean active) {
        return mayManage(caller).enforce(caller).flatMap(categoryMapsOntoKnownForm(form)::enforce)
                .flatMap(c -> scoped.save(c, new RegionalCategory(
                RegionalCategory.idOf(c.region(), code), c.region(), code, name, form, active)))
                .doOnSuccess(saved -> forget(caller.region()));
    }

    public Mono<RegionalSector> putSector(TenantContext caller, String code, String name, boolean active) {
        return mayManage(caller).enforce(caller).flatMap(c -> scoped.save(c, new RegionalSector(
                RegionalCategory.idOf(c.region(), code), c.region(), code, name, active)))
                .doOnSuccess(saved -> forget(caller.region()));
    }

    /**
     * The active categories of a region — any region, because a signal routed to another region is
     * classified in that region's terms. Reference data, not personal data.
     */
    public Mono<Map<String, ExploitationForm>> activeCategories(String region) {
        return active(region).map(Active::categories);
    }

    public Mono<Set<String>> activeSectors(String region) {
        return active(region).map(Active::sectors);
    }

    /** From memory while fresh; both read at once when not (a failed read is not kept). */
    private Mono<Active> active(String region) {
        return Mono.defer(() -> region == null ? load(null)
                : active.computeIfAbsent(region, r -> load(r)
                        .cache(loaded -> freshFor, failed -> Duration.ZERO, () -> Duration.ZERO)));
    }

    private Mono<Active> load(String region) {
        return Mono.zip(
                        mongo.find(activeIn(region), RegionalCategory.class)
                                .collectMap(RegionalCategory::code, RegionalCategory::form),
                        mongo.find(activeIn(region), RegionalSector.class).map(RegionalSector::code)
                                .collect(Collectors.toUnmodifiableSet()))
                .map(t -> new Active(Collections.unmodifiableMap(t.getT1()), t.getT2()));
    }

    private void forget(String region) {
        active.remove(region);
    }

    private static Query activeIn(String region) {
        return new Query(Criteria.where("region").is(region).and("active").is(true));
    }
}
