package nl.mensenhandel.platform.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.platform.tenancy.TenantContext;

class RegionScopedMongoTest {

    record Note(@Id String id, String region, String text) implements RegionScoped {
    }

    record SharedNote(@Id String id, String region, List<String> readableByRegions, String text)
            implements SharedAcrossRegions {
    }

    private static final EmbeddedMongo MONGO = EmbeddedMongo.start();
    private static final MongoClient CLIENT = MongoClients.create(MONGO.uri());

    private final ReactiveMongoTemplate template = new ReactiveMongoTemplate(CLIENT, "scoped-" + UUID.randomUUID());
    private final RegionScopedMongo mongo = new RegionScopedMongo(template);

    private static TenantContext tenant(String region) {
        return new TenantContext("sub", "user", region, Set.of(), "org", null, Set.of());
    }

    @AfterAll
    static void stop() {
        CLIENT.close();
        MONGO.stop();
    }

    @Test
    void aDocumentOfAnotherRegionIsNotFound() {
        TenantContext zaanstreek = tenant("zaanstreek-waterland");
        TenantContext kennemerland = tenant("kennemerland");
        mongo.insert(zaanstreek, new Note("n1", "zaanstreek-waterland", "x")).block();

        assertThat(mongo.findById(zaanstreek, "n1", Note.class).block()).isNotNull();
        assertThat(mongo.findById(kennemerland, "n1", Note.class).block()).isNull();
        assertThat(mongo.find(kennemerland, new Query(), Note.class).collectList().block()).isEmpty();
        assertThat(mongo.count(kennemerland, new Query(), Note.class).block()).isZero();
        assertThat(mongo.count(zaanstreek, new Query().limit(0), Note.class).block()).isEqualTo(1);
    }

    @Test
    void writingIntoAnotherRegionIsRefused() {
        assertThatThrownBy(() -> mongo.insert(tenant("kennemerland"), new Note("n2", "ijsselland", "x")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(template.findById("n2", Note.class).block()).isNull();
    }

    @Test
    void aSharedDocumentIsReadByTheRegionsItIsSharedWithAndWrittenOnlyByItsOwner() {
        TenantContext zaanstreek = tenant("zaanstreek-waterland");
        TenantContext kennemerland = tenant("kennemerland");
        TenantContext ijsselland = tenant("ijsselland");
        mongo.insert(zaanstreek, new SharedNote("s1", "zaanstreek-waterland",
                List.of("zaanstreek-waterland", "kennemerland"), "x")).block();

        assertThat(mongo.findById(kennemerland, "s1", SharedNote.class).block()).isNotNull();
        assertThat(mongo.count(kennemerland, new Query(), SharedNote.class).block()).isEqualTo(1);
        assertThat(mongo.findById(ijsselland, "s1", SharedNote.class).block()).isNull();
        assertThatThrownBy(() -> mongo.save(kennemerland, new SharedNote("s1", "zaanstreek-waterland",
                List.of("zaanstreek-waterland", "kennemerland"), "changed")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saveCreatesAndReplacesInTheCallersRegion() {
        TenantContext zaanstreek = tenant("zaanstreek-waterland");
        mongo.save(zaanstreek, new Note("n3", "zaanstreek-waterland", "first")).block();
        mongo.save(zaanstreek, new Note("n3", "zaanstreek-waterland", "second")).block();

        assertThat(mongo.findById(zaanstreek, "n3", Note.class).block().text()).isEqualTo("second");
        assertThat(template.count(new Query(), Note.class).block()).isEqualTo(1);
    }

    @Test
    void saveNeverOverwritesADocumentOfAnotherRegionWhateverIdIsChosen() {
        mongo.insert(tenant("zaanstreek-waterland"), new Note("n4", "zaanstreek-waterland", "theirs")).block();

        // kennemerland chooses the id of zaanstreek's document: not found, and the document is untouched
        assertThatThrownBy(() -> mongo.save(tenant("kennemerland"), new Note("n4", "kennemerland", "mine")).block())
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.type()).isEqualTo(ProblemType.NOT_FOUND));
        Note stored = template.findById("n4", Note.class).block();
        assertThat(stored.region()).isEqualTo("zaanstreek-waterland");
        assertThat(stored.text()).isEqualTo("theirs");
    }

    @Test
    void theCallersQueryIsNotChanged() {
        Query query = new Query();
        mongo.find(tenant("rotterdam"), query, Note.class).collectList().block();

        assertThat(query.getQueryObject()).doesNotContainKey(RegionScoped.FIELD);
    }
}
