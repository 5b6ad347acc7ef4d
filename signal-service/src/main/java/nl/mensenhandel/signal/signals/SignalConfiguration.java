package nl.mensenhandel.signal.signals;

import java.time.Clock;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

@Configuration
class SignalConfiguration {

    private static final Log LOG = LogFactory.getLog(SignalConfiguration.class);
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
    IntakeRules intakeRules(MunicipalityRegistry municipalities, Clock clock) {
        return new IntakeRules(municipalities, clock);
    }

    @Bean
    SecretHasher secretHasher() {
        return new SecretHasher();
    }

    @Bean
    DuplicateKeyMaker duplicateKeyMaker(@Value("${signals.pseudonym-secret:}") String secret) {
        if (secret.isBlank()) {
            LOG.warn("signals.pseudonym-secret is not set: using the development key. Set SIGNAL_PSEUDONYM_SECRET "
                    + "in every deployment, or person keys are guessable.");
            return new DuplicateKeyMaker(DEVELOPMENT_PSEUDONYM_SECRET);
        }
        return new DuplicateKeyMaker(secret);
    }
}
