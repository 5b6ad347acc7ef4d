package nl.mensenhandel.platform.mongo;

import java.util.ArrayList;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.AggregationOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The data access services use for tenant data: every operation takes the caller's
 * {@link TenantContext} and adds the region filter itself, so it cannot be forgotten. A document of
 * another region is simply not found (the API answers 404, never 403 with its data).
 */
public class RegionScopedMongo {

    private final ReactiveMongoTemplate mongo;

    public RegionScopedMongo(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public <T extends RegionScoped> Mono<T> insert(TenantContext tenant, T document) {
        requireSameRegion(tenant, document);
        return mongo.insert(document);
    }

    /**
     * Creates or replaces the document — in the caller's region only. The replace is conditional on
     * {@code {_id, region}}: a document of another region with the same id (an id the caller may choose)
     * is never matched, so the upsert tries to insert a second document with that id, which the store's
     * unique {@code _id} index refuses. That answers 404 (as any document of another region does), never
     * an overwrite and never a 500.
     */
    @SuppressWarnings("unchecked")
    public <T extends RegionScoped> Mono<T> save(TenantContext tenant, T document) {
        requireSameRegion(tenant, document);
        Object id = mongo.getConverter().getMappingContext().getRequiredPersistentEntity(document.getClass())
                .getIdentifierAccessor(document).getIdentifier();
        if (id == null) {
            return mongo.insert(document);
        }
        Class<T> type = (Class<T>) document.getClass();
        Query own = new Query(Criteria.where("_id").is(id).and(RegionScoped.FIELD).is(tenant.region()));
        return mongo.replace(own, document, ReplaceOptions.replaceOptions().upsert())
                .thenReturn(document)
                .onErrorResume(DuplicateKeyException.class, duplicate -> mongo
                        .exists(new Query(Criteria.where("_id").is(id)), type)
                        .flatMap(exists -> exists
                                ? Mono.error(ApiProblem.notFound("Document"))
                                : Mono.error(duplicate)));
    }

    public <T extends RegionScoped> Mono<T> findById(TenantContext tenant, Object id, Class<T> type) {
        return mongo.findOne(scoped(tenant, new Query(Criteria.where("_id").is(id)), type), type);
    }

    public <T extends RegionScoped> Flux<T> find(TenantContext tenant, Query query, Class<T> type) {
        return mongo.find(scoped(tenant, query, type), type);
    }

    public <T extends RegionScoped> Mono<Long> count(TenantContext tenant, Query query, Class<T> type) {
        // count must not be limited by the page of the query it counts for
        return mongo.count(scoped(tenant, query, type).limit(0).skip(0), type);
    }

    /** A page of the query's matches in the caller's region, in the given order, with the total count. */
    public <T extends RegionScoped> Mono<Paged<T>> page(TenantContext tenant, Query query, Sort sort, int page,
            int size, Class<T> type) {
        Query pageQuery = Query.of(query).with(sort).skip((long) page * size).limit(size);
        return Mono.zip(find(tenant, pageQuery, type).collectList(), count(tenant, query, type))
                .map(result -> new Paged<>(result.getT1(), page, size, result.getT2()));
    }

    /**
     * An aggregation over the caller's region only: the region {@code $match} is always the first stage.
     * Use only stages the embedded store supports (ARCHITECTURE.md).
     */
    public <O> Flux<O> aggregate(TenantContext tenant, Class<? extends RegionScoped> input, Class<O> output,
            AggregationOperation... stages) {
        List<AggregationOperation> pipeline = new ArrayList<>();
        pipeline.add(Aggregation.match(readableIn(tenant, input)));
        pipeline.addAll(List.of(stages));
        return mongo.aggregate(Aggregation.newAggregation(pipeline), mongo.getCollectionName(input), output);
    }

    /** A copy of the query with the region filter; the caller's query is left as it was. */
    private static Query scoped(TenantContext tenant, Query query, Class<?> type) {
        return Query.of(query).addCriteria(readableIn(tenant, type));
    }

    /** Owned by the caller's region — or, for a shared type, shared with it (the owner is always in the list). */
    private static Criteria readableIn(TenantContext tenant, Class<?> type) {
        String field = SharedAcrossRegions.class.isAssignableFrom(type) ? SharedAcrossRegions.FIELD : RegionScoped.FIELD;
        return Criteria.where(field).is(tenant.region());
    }

    private static void requireSameRegion(TenantContext tenant, RegionScoped document) {
        if (!tenant.region().equals(document.region())) {
            throw new IllegalArgumentException("A document may only be written in the caller's own region");
        }
    }
}
