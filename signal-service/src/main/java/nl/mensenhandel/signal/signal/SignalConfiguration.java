package nl.mensenhandel.signal.signal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.crypto.BlindIndex;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

@Configuration
class SignalConfiguration {

    /** Only for local runs and tests; a deployment sets SIGNAL_PSEUDONYM_SECRET. */
    private static final String DEVELOPMENT_PSEUDONYM_SECRET = "development-only-pseudonym-secret";

    @Bean
    MunicipalityRegistry municipalityRegistry() {
        return MunicipalityRegistry.load();
    }

    @Bean
    SignalAccessPolicy signalAccessPolicy() {
        return new SignalAccessPolicy();
    }


    @Bean
    SecretHasher secretHasher() {
        return new SecretHasher();
    }

    @Bean
    DuplicateKeyMaker duplicateKeyMaker(Environment environment, BlindIndex blindIndex) {
        return new DuplicateKeyMaker(Secrets.require(environment, "signals.pseudonym-secret",
                "SIGNAL_PSEUDONYM_SECRET", DEVELOPMENT_PSEUDONYM_SECRET), blindIndex);
    }
}
