package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.DemoUsers.AF_ZAANSTAD;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.testing.TestJwts;

/**
 * Issue 7 "Also fix": indexes for the work list as it is queried now, and a unique one on the anonymous case
 * code — created at start (auto-index creation, platform-defaults) and shaped so that each actual work-list query
 * reads its page in order from an index: the index's leading fields are equality (or $in) fields of the query's
 * filter, the rest are exactly its sort keys. The embedded store has no query planner, so this checks the shape
 * of the query the service really sends (captured from the driver) against the indexes the store really holds.
 */
@SpringBootTest
@ActiveProfiles(Secrets.LOCAL_PROFILE)
class SignalIndexesApiTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    static final List<BsonDocument> FINDS = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", MONGO::uri);
    }

    @TestConfiguration
    static class CaptureFinds {

        @Bean
        MongoClientSettingsBuilderCustomizer captureFinds() {
            return settings -> settings.addCommandListener(new CommandListener() {
                @Override
                public void commandStarted(CommandStartedEvent event) {
                    if ("find".equals(event.getCommandName())
                            && "signals".equals(event.getCommand().getString("find").getValue())) {
                        FINDS.add(event.getCommand().clone());
                    }
                }
            });
        }
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    ReactiveMongoTemplate mongo;

    List<IndexInfo> indexes() {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<IndexInfo> indexes;
        do { // auto-index creation runs asynchronously at start
            indexes = mongo.indexOps(Signal.class).getIndexInfo().collectList().block();
        } while (indexes.size() < 7 && System.nanoTime() < deadline && pause());
        return indexes;
    }

    static boolean pause() {
        try {
            Thread.sleep(100);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Map<String, Integer> keys(IndexInfo index) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        index.getIndexFields().forEach(f -> keys.put(f.getKey(),
                f.getDirection() == org.springframework.data.domain.Sort.Direction.DESC ? -1 : 1));
        return keys;
    }

    @Test
    void theSignalsCollectionHoldsTheWorkListIndexesAndAUniqueCaseCodeIndex() {
        Map<String, IndexInfo> byName = indexes().stream().collect(Collectors.toMap(IndexInfo::getName, i -> i));

        assertThat(byName).containsKeys(Signal.WORK_LIST_BY_URGENCY_INDEX, Signal.WORK_LIST_BY_STATUS_INDEX,
                Signal.WORK_LIST_BY_CREATION_INDEX, Signal.WORK_LIST_BY_OBSERVATION_INDEX, Signal.REPORTED_BY_INDEX,
                Signal.CASE_CODE_INDEX);
        IndexInfo caseCode = byName.get(Signal.CASE_CODE_INDEX);
        assertThat(keys(caseCode)).containsExactly(Map.entry("anonymousAccess.caseCode", 1));
        assertThat(caseCode.isUnique()).as("case code unique").isTrue();
        assertThat(caseCode.isSparse()).as("sparse: signals without a case code do not collide").isTrue();
        assertThat(keys(byName.get(Signal.WORK_LIST_BY_URGENCY_INDEX)))
                .containsExactly(Map.entry("visibleTo", 1), Map.entry("urgencyRank", -1), Map.entry("createdAt", -1));
    }

    /** MongoDB refuses to index a document with two array fields in one compound index ("parallel arrays"). */
    @Test
    void noIndexHoldsTwoArrayFieldsOfASignal() {
        Set<String> arrays = java.util.Arrays.stream(Signal.class.getRecordComponents())
                .filter(c -> Collection.class.isAssignableFrom(c.getType())).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertThat(arrays).contains("visibleTo", "readableByRegions");
        for (IndexInfo index : indexes()) {
            long arrayFields = keys(index).keySet().stream().map(k -> k.split("\\.")[0]).filter(arrays::contains)
                    .count();
            assertThat(arrayFields).as(index.getName() + " array fields").isLessThanOrEqualTo(1);
        }
    }

    @Test
    void everyWorkListQueryReadsItsPageInOrderFromAnIndex() {
        WebTestClient web = TestJwts.client(context);
        List<String> variants = List.of("", "?status=ONTVANGEN", "?sort=NEWEST", "?sort=OLDEST", "?sort=OBSERVED",
                "?status=IN_VERRIJKING&sort=NEWEST", "?urgency=SPOED");
        List<IndexInfo> indexes = indexes();
        List<String> unserved = new ArrayList<>();
        for (String variant : variants) {
            FINDS.clear();
            web.mutateWith(AF_ZAANSTAD).get().uri("/api/signals" + variant).exchange().expectStatus().isOk();
            List<BsonDocument> pages = FINDS.stream().filter(f -> f.containsKey("sort")).toList();
            assertThat(pages).as("the page query of " + variant).isNotEmpty();
            for (BsonDocument find : pages) {
                if (indexes.stream().noneMatch(index -> serves(keys(index), find.getDocument("filter"),
                        find.getDocument("sort")))) {
                    unserved.add(variant + ": " + find.getDocument("filter") + " sort " + find.getDocument("sort"));
                }
            }
        }
        assertThat(unserved).as("work-list queries without an index that gives their order").isEmpty();
    }

    /**
     * The index serves the query when it starts with at least one of the filter's equality/$in fields, continues
     * with more of them or none, and then holds exactly the sort keys (all in the sort's directions, or all
     * reversed).
     */
    static boolean serves(Map<String, Integer> index, BsonDocument filter, BsonDocument sort) {
        List<Map.Entry<String, Integer>> keys = new ArrayList<>(index.entrySet());
        int i = 0;
        while (i < keys.size() && isEqualityOrIn(filter.get(keys.get(i).getKey()))) {
            i++;
        }
        if (i == 0 || keys.size() - i != sort.size()) {
            return false;
        }
        List<Map.Entry<String, BsonValue>> order = new ArrayList<>(sort.entrySet());
        Boolean reversed = null;
        for (int s = 0; s < order.size(); s++, i++) {
            int wanted = order.get(s).getValue().asNumber().intValue();
            if (!keys.get(i).getKey().equals(order.get(s).getKey())) {
                return false;
            }
            boolean flipped = keys.get(i).getValue() != wanted;
            if (reversed != null && reversed != flipped) {
                return false;
            }
            reversed = flipped;
        }
        return true;
    }

    static boolean isEqualityOrIn(BsonValue condition) {
        if (condition == null) {
            return false;
        }
        if (!condition.isDocument()) {
            return true;
        }
        BsonDocument operators = condition.asDocument();
        return operators.keySet().equals(Set.of("$in")) || operators.keySet().equals(Set.of("$eq"));
    }
}
