package nl.mensenhandel.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.audit.ChainVerification.Kind;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import reactor.core.publisher.Flux;

/** Issue 6 §4: the access log is chained by hash per region; altered, removed and inserted entries are found. */
class AccessLogChainTest {

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());

    private final ReactiveMongoTemplate mongo = new ReactiveMongoTemplate(CLIENT, "audit-" + UUID.randomUUID());
    private final AccessLog log = new AccessLog(mongo, Clock.systemUTC(), "test-service");
    private final ChainVerifier verifier = new ChainVerifier(mongo, log);

    static final TenantContext AF = new TenantContext("sub-af", "af.zaanstad", "zaanstreek-waterland",
            Set.of("GM0479"), "Gemeente Zaanstad", null, Set.of("aandachtsfunctionaris"));
    static final TenantContext AF_HEEMSTEDE = new TenantContext("sub-afh", "af.heemstede", "kennemerland",
            Set.of("GM0397"), "Gemeente Heemstede", null, Set.of("aandachtsfunctionaris"));

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.stop();
    }

    private void write(TenantContext who, int count) {
        for (int i = 0; i < count; i++) {
            log.record(who, "READ", "signal", "s-" + i, "signal:s-" + i + "/persons", "test").block();
        }
    }

    private List<AccessLogEntry> chain(String region) {
        return mongo.find(Query.query(AccessLog.inChain(region)).with(Sort.by("_id")), AccessLogEntry.class)
                .collectList().block();
    }

    private ChainVerification verify(String region) {
        return verifier.verify(region).block();
    }

    @Test
    void anUntouchedChainIsIntactAndEachEntryLinksToItsPredecessor() {
        write(AF, 5);

        List<AccessLogEntry> entries = chain("zaanstreek-waterland");
        assertThat(entries).extracting(AccessLogEntry::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(entries.get(0).previousHash()).isEqualTo(AccessLogEntry.GENESIS);
        for (int i = 1; i < entries.size(); i++) {
            assertThat(entries.get(i).previousHash()).isEqualTo(entries.get(i - 1).hash());
        }
        assertThat(entries).allSatisfy(e -> assertThat(e.hash()).isEqualTo(e.computeHash()).hasSize(64));

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.intact()).isTrue();
        assertThat(result.entriesChecked()).isEqualTo(5);
        assertThat(result.lastSequence()).isEqualTo(5);
        assertThat(result.headHash()).isEqualTo(entries.get(4).hash());
    }

    @Test
    void eachRegionHasItsOwnChain() {
        write(AF, 2);
        write(AF_HEEMSTEDE, 3);

        assertThat(chain("zaanstreek-waterland")).extracting(AccessLogEntry::sequence).containsExactly(1L, 2L);
        assertThat(chain("kennemerland")).extracting(AccessLogEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(chain("kennemerland")).allSatisfy(e -> assertThat(e.actorUsername()).isEqualTo("af.heemstede"));
        assertThat(verify("kennemerland").intact()).isTrue();
    }

    @Test
    void anAlteredEntryIsFoundByItsSequence() {
        write(AF, 6);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(AccessLogEntry.key("zaanstreek-waterland", 4))),
                new Update().set("actorUsername", "someone.else"), AccessLogEntry.class).block();

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.intact()).isFalse();
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.ALTERED);
        assertThat(result.firstProblem().sequence()).isEqualTo(4);
    }

    @Test
    void anEntryRewrittenWithAFreshHashIsFoundThroughItsSuccessor() {
        write(AF, 6);
        AccessLogEntry third = chain("zaanstreek-waterland").get(2);
        AccessLogEntry forged = new AccessLogEntry(third.id(), third.region(), third.sequence(), third.at(),
                third.service(), third.action(), third.outcome(), third.actor(), "someone.else", third.actorRoles(),
                third.organisation(), third.onBehalfOf(), third.client(), third.resourceType(), third.resourceId(),
                third.resourceIds(), third.dataSubject(), third.purpose(), third.legalBasis(), third.traceId(),
                third.previousHash(), null);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(third.id())),
                new Update().set("actorUsername", "someone.else").set("hash", forged.computeHash()),
                AccessLogEntry.class).block();

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.ALTERED);
        assertThat(result.firstProblem().sequence()).isEqualTo(3);
    }

    @Test
    void aRemovedEntryIsFoundByItsSequence() {
        write(AF, 6);
        mongo.remove(Query.query(Criteria.where("_id").is(AccessLogEntry.key("zaanstreek-waterland", 2))),
                AccessLogEntry.class).block();

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.intact()).isFalse();
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.REMOVED);
        assertThat(result.firstProblem().sequence()).isEqualTo(2);
    }

    @Test
    void removedEntriesAtTheEndAreFoundAgainstTheHeadThisInstanceWrote() {
        write(AF, 6);
        mongo.remove(Query.query(Criteria.where("_id").gte(AccessLogEntry.key("zaanstreek-waterland", 5))
                .lt("zaanstreek-waterland;")), AccessLogEntry.class).block();

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.REMOVED);
        assertThat(result.firstProblem().sequence()).isEqualTo(5);
    }

    @Test
    void anInsertedEntryIsFound() {
        write(AF, 3);
        AccessLogEntry second = chain("zaanstreek-waterland").get(1);
        // a forged entry for place 2, slipped in between 2 and 3 under a key the log does not write
        mongo.insert(new AccessLogEntry(AccessLogEntry.key("zaanstreek-waterland", 2) + "0", second.region(), 2, second.at(), second.service(), "READ",
                Outcome.SUCCESS, "x", "x", Set.of(), null, null, null, null, null, null, null, null, null, null,
                second.previousHash(), second.hash())).block();

        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.firstProblem().kind()).isEqualTo(Kind.INSERTED);
        assertThat(result.firstProblem().sequence()).isEqualTo(2);
    }

    @Test
    void twoHundredConcurrentWritesMakeOneIntactChain() {
        Flux.range(0, 200)
                .flatMap(i -> log.record(AF, "READ", "signal", "s-" + i, null, "test"), 200)
                .blockLast();

        List<AccessLogEntry> entries = chain("zaanstreek-waterland");
        assertThat(entries).hasSize(200);
        assertThat(entries).extracting(AccessLogEntry::sequence).doesNotHaveDuplicates().contains(1L, 200L);
        assertThat(entries).extracting(AccessLogEntry::resourceId).doesNotHaveDuplicates();
        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.intact()).as("%s", result.firstProblem()).isTrue();
        assertThat(result.lastSequence()).isEqualTo(200);
    }

    @Test
    void entriesThatQueueUpWhileAWriteIsUnderWayAreWrittenTogetherInOrder() {
        AtomicInteger inserts = new AtomicInteger();
        try (MongoClient counted = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(MONGO.uri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("insert")) {
                            inserts.incrementAndGet();
                        }
                    }
                }).build())) {
            ReactiveMongoTemplate store = new ReactiveMongoTemplate(counted, mongo.getMongoDatabase().block().getName());
            AccessLog grouped = new AccessLog(store, Clock.systemUTC(), "test-service");
            Flux.range(0, 200)
                    .flatMap(i -> grouped.record(AF, "READ", "signal", "s-" + i, null, "test"), 200)
                    .blockLast();
        }

        assertThat(inserts.get()).as("inserts for 200 entries").isLessThan(50);
        assertThat(chain("zaanstreek-waterland")).hasSize(200);
        ChainVerification result = verify("zaanstreek-waterland");
        assertThat(result.intact()).as("%s", result.firstProblem()).isTrue();
        assertThat(result.lastSequence()).isEqualTo(200);
    }

    @Test
    void twoInstancesWritingAtOnceDoNotForkTheChain() {
        AccessLog other = new AccessLog(mongo, Clock.systemUTC(), "test-service");
        Flux.range(0, 100)
                .flatMap(i -> (i % 2 == 0 ? log : other).record(AF, "READ", "signal", "s-" + i, null, "test"), 100)
                .blockLast();

        List<AccessLogEntry> entries = chain("zaanstreek-waterland");
        assertThat(entries).hasSize(100);
        assertThat(entries).extracting(AccessLogEntry::resourceId).doesNotHaveDuplicates();
        assertThat(new ChainVerifier(mongo, other).verify("zaanstreek-waterland").block().intact()).isTrue();
        assertThat(verify("zaanstreek-waterland").intact()).isTrue();
    }

    @Test
    void anEntryCarriesWhoWhatWhyAndTheLegalBasisOfTheCallersFunction() {
        log.record(Access.by(AF, "LIST", "signal", null).shown(List.of("a", "b")).purpose("werkvoorraad")).block();

        AccessLogEntry entry = chain("zaanstreek-waterland").get(0);
        assertThat(entry.service()).isEqualTo("test-service");
        assertThat(entry.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(entry.actor()).isEqualTo("sub-af");
        assertThat(entry.actorUsername()).isEqualTo("af.zaanstad");
        assertThat(entry.organisation()).isEqualTo("Gemeente Zaanstad");
        assertThat(entry.resourceIds()).containsExactly("a", "b");
        assertThat(entry.purpose()).isEqualTo("werkvoorraad");
        assertThat(entry.legalBasis()).isEqualTo(LegalBasis.MUNICIPAL_TASK.text());
    }

    @Test
    void anAnonymousStatusCheckIsLoggedInTheSignalsRegion() {
        log.record(Access.anonymous("kennemerland", "READ", "signal-status", "sig-1").dataSubject("signal:sig-1"))
                .block();

        AccessLogEntry entry = chain("kennemerland").get(0);
        assertThat(entry.actor()).isEqualTo(AccessLogEntry.ANONYMOUS);
        assertThat(entry.dataSubject()).isEqualTo("signal:sig-1");
        assertThat(entry.legalBasis()).isEqualTo(LegalBasis.ANONYMOUS_REPORTER.text());
    }
}
