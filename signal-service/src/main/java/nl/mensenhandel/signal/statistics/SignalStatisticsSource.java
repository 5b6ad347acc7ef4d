package nl.mensenhandel.signal.statistics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.crypto.FieldCryptoException;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.links.SignalLinkQueries;
import nl.mensenhandel.signal.route.TransitionTable;
import nl.mensenhandel.signal.signal.PersonRole;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.SignalStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reads what the monitor's counts need from the store: a region's signals (those it owns: {@code region}) read page
 * by page with a projection of the counted fields only — the embedded store lacks most aggregation operators, and streaming
 * and counting in Java works on both stores — its merges and SAME_PERSON links through {@link SignalLinkQueries}
 * (the same reads as the AF's counts), and the fingerprints that tell whether a region changed.
 * <p>
 * The nationality of a possible victim is encrypted at rest: it is decrypted here with the region's key
 * ({@link SignalEncryption#openNationality}); only its group leaves.
 */
@Component
public class SignalStatisticsSource {

    static final String SIGNALS = "signals";
    static final String LINKS = "signal_links";

    private static final String[] COUNTED_FIELDS = {"_id", "region", "municipalityCode", "forms", "sourceType",
        "createdAt", "persons.role", "persons.minor", "persons.yearOfBirth", "persons.gender", "persons.nationality",
        "history.to", "history.at"};

    private final ReactiveMongoTemplate mongo;
    private final SignalLinkQueries links;
    private final SignalEncryption encryption;
    private final int pageSize;

    /** @param pageSize signals read per query ({@code signal.statistics.page-size}, default 50,000) */
    public SignalStatisticsSource(ReactiveMongoTemplate mongo, SignalLinkQueries links, SignalEncryption encryption,
            @Value("${signal.statistics.page-size:50000}") int pageSize) {
        this.mongo = mongo;
        this.links = links;
        this.encryption = encryption;
        this.pageSize = pageSize;
    }

    /** Counts the region's signals, streamed once. */
    public Mono<nl.mensenhandel.platform.statistics.StatisticsTable> count(String region, Instant asOf) {
        TenantContext inRegion = new TenantContext("signal-service", "signal-service", region, Set.of(), null, null,
                Set.of());
        return Mono.zip(links.mergedAway(inRegion), links.activeLinks(inRegion, LinkKind.SAME_PERSON).collectList())
                .flatMap(t -> {
                    SignalCounter counter = new SignalCounter(t.getT1(), t.getT2());
                    return page(region, 0).expand(page -> page.size() < pageSize ? Mono.empty()
                                    : page(region, page.skip() + pageSize))
                            // decrypting and counting up to a million signals is CPU work: off the driver's event loop
                            .publishOn(Schedulers.parallel())
                            .concatMapIterable(Page::signals).map(this::facts)
                            .doOnNext(counter::accept)
                            .then(Mono.fromSupplier(() -> counter.table(region, asOf)));
                });
    }

    /** One page of a region's signals, projected, and where it started. */
    private record Page(long skip, List<Document> signals) {
        int size() {
            return signals.size();
        }
    }

    /**
     * The region's signals from {@code skip} on, at most one page, in the store's natural order. Paged without a
     * sort on purpose: the embedded store materialises a query's whole answer (and a sorted one before the limit),
     * so one unbounded query of a million signals would hold them all in its memory; unsorted it stops reading at
     * skip + limit and holds one page. A signal written while the pages are read can be counted twice or missed —
     * its write moved the region's fingerprint, so the next refresh counts again.
     */
    private Mono<Page> page(String region, long skip) {
        Query query = new Query(Criteria.where("region").is(region)).skip(skip).limit(pageSize);
        query.fields().include(COUNTED_FIELDS);
        return mongo.find(query, Document.class, SIGNALS).collectList().map(signals -> new Page(skip, signals));
    }

    /**
     * The fingerprint of every region with signals or links: the number of its signals, their latest creation and
     * change, the number of its links and their latest creation and revocation. Every write to a signal sets its
     * {@code updatedAt} (a new one its {@code createdAt}); a merge or link, or revoking one, moves the links' part;
     * a signal handed over to another region leaves the count of one and enters the other. Two aggregations,
     * {@code $group} with {@code $sum} and {@code $max} only (both stores support them).
     */
    public Mono<Map<String, String>> fingerprints() {
        Mono<Map<String, String>> signals = mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.group("region").count().as("n").max("createdAt").as("created")
                                .max("updatedAt").as("updated")), SIGNALS, Document.class)
                .collectMap(row -> String.valueOf(row.get("_id")), row -> "signals=" + row.get("n") + "/"
                        + millis(row.get("created")) + "/" + millis(row.get("updated")));
        Mono<Map<String, String>> linkRows = mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.group("region").count().as("n").max("at").as("at")
                                .max("revokedAt").as("revoked")), LINKS, Document.class)
                .collectMap(row -> String.valueOf(row.get("_id")), row -> "links=" + row.get("n") + "/"
                        + millis(row.get("at")) + "/" + millis(row.get("revoked")));
        return Mono.zip(signals, linkRows).map(t -> {
            Map<String, String> combined = new HashMap<>();
            t.getT1().forEach((region, part) -> combined.merge(region, part, (a, b) -> a + ";" + b));
            t.getT2().forEach((region, part) -> combined.merge(region, part, (a, b) -> a + ";" + b));
            return combined;
        });
    }

    /** The fingerprint of a region without signals or links. */
    static final String EMPTY = "empty";

    private static String millis(Object value) {
        return value instanceof Date date ? String.valueOf(date.getTime()) : "-";
    }

    private SignalFacts facts(Document stored) {
        String id = String.valueOf(stored.get("_id"));
        String region = stored.getString("region");
        List<SignalFacts.Victim> victims = new ArrayList<>();
        List<?> persons = stored.get("persons", List.class);
        if (persons != null) {
            for (int i = 0; i < persons.size(); i++) {
                if (persons.get(i) instanceof Document person
                        && PersonRole.MOGELIJK_SLACHTOFFER.name().equals(person.getString("role"))) {
                    victims.add(new SignalFacts.Victim(person.getBoolean("minor"),
                            person.get("yearOfBirth") instanceof Number year ? year.intValue() : null,
                            person.getString("gender"), nationality(region, id, i, person.getString("nationality"))));
                }
            }
        }
        return new SignalFacts(id, stored.getString("municipalityCode"), stringList(stored.get("forms")),
                stored.getString("sourceType"), instant(stored.get("createdAt")), firstDecision(stored), victims);
    }

    /** A nationality that does not decrypt (a damaged value) counts as unknown rather than stopping the counts. */
    private String nationality(String region, String id, int index, String stored) {
        try {
            return encryption.openNationality(region, id, index, stored);
        } catch (FieldCryptoException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private static Instant firstDecision(Document stored) {
        List<?> history = stored.get("history", List.class);
        if (history == null) {
            return null;
        }
        for (Object step : history) {
            if (step instanceof Document entry && entry.getString("to") != null
                    && TransitionTable.isResult(SignalStatus.valueOf(entry.getString("to")))) {
                return instant(entry.get("at"));
            }
        }
        return null;
    }

    private static List<String> stringList(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    private static Instant instant(Object value) {
        return value instanceof Date date ? date.toInstant() : null;
    }
}
