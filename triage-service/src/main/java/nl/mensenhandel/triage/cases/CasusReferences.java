package nl.mensenhandel.triage.cases;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import nl.mensenhandel.triage.tables.RegionTables;
import reactor.core.publisher.Mono;

/**
 * Hands out casus references: region prefix, year, a number counting up per region and year
 * ({@code ZW-2026-0001}), so a table and the AF can name a casus in a meeting or a mail without its id.
 * The counter is one document per region and year, raised with a single atomic {@code $inc}; the number
 * is computed from the value before the raise (ARCHITECTURE.md: the embedded store may return another
 * caller's state after a concurrent update). A number taken by an attempt that then failed stays unused:
 * references may have gaps, never doubles.
 */
@Component
public class CasusReferences {

    /** Counters live beside the cases, one per region and year; the id carries the region. */
    @Document("case_reference_counters")
    record Counter(@Id String id, long last) {
    }

    /** The year of a reference is the year in the Netherlands when the casus is opened. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final ReactiveMongoTemplate mongo;
    private final RegionTables regions;
    private final Clock clock;

    public CasusReferences(ReactiveMongoTemplate mongo, RegionTables regions, Clock clock) {
        this.mongo = mongo;
        this.regions = regions;
        this.clock = clock;
    }

    public Mono<String> next(String region) {
        int year = clock.instant().atZone(NETHERLANDS).getYear();
        String counterId = region + ":" + year;
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(counterId)), new Update().inc("last", 1),
                        FindAndModifyOptions.options().upsert(true).returnNew(false), Counter.class)
                .map(before -> before.last() + 1)
                .defaultIfEmpty(1L)
                .map(number -> format(regions.referencePrefix(region), year, number));
    }

    static String format(String prefix, int year, long number) {
        return "%s-%d-%04d".formatted(prefix, year, number);
    }
}
