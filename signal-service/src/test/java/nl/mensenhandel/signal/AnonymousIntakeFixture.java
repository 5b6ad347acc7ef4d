package nl.mensenhandel.signal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.signal.regionalconfig.Meldpunt;

/**
 * Anonymous intake is off unless a municipality's regio-beheerder opens it: tests that report anonymously
 * open it first for the municipalities they use, as the regio-beheerder would.
 */
public final class AnonymousIntakeFixture {

    private static final MunicipalityRegistry MUNICIPALITIES = MunicipalityRegistry.load();

    private AnonymousIntakeFixture() {
    }

    public static void open(ReactiveMongoTemplate mongo, String... municipalityCodes) {
        for (String code : municipalityCodes) {
            String region = MUNICIPALITIES.find(code).orElseThrow().region();
            mongo.save(new Meldpunt(code, region, true, List.of(), Instant.now())).block();
        }
    }
}
