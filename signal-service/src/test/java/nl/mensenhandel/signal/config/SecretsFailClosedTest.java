package nl.mensenhandel.signal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.crypto.TestKeys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.mensenhandel.platform.testing.EmbeddedMongo;
import nl.mensenhandel.signal.SignalServiceApplication;

/**
 * Secrets fail closed (issue 6 §2): outside the {@code local} profile the signal-service does not start
 * without SIGNAL_PSEUDONYM_SECRET, and says which variable to set. The positive control shows the same
 * context starts once the variable is given, so the refusal is due to the secret and nothing else.
 */
class SecretsFailClosedTest {

    static final EmbeddedMongo MONGO = EmbeddedMongo.start();

    /**
     * The variable is given as a command-line argument, which outranks the environment: so a
     * SIGNAL_PSEUDONYM_SECRET in the build's environment cannot hide a failure, and the service's own
     * placeholder {@code ${SIGNAL_PSEUDONYM_SECRET:}} is what gets resolved.
     */
    private static ConfigurableApplicationContext start(String pseudonymSecret, String profile) throws Exception {
        // real (fresh) field and blind-index keys and a mail relay: only the pseudonym secret is missing
        return new SpringApplicationBuilder(SignalServiceApplication.class)
                .profiles(profile == null ? new String[0] : new String[] {profile})
                .run("--server.port=0", "--spring.mongodb.uri=" + MONGO.uri(),
                        "--SIGNAL_PSEUDONYM_SECRET=" + pseudonymSecret,
                        "--PLATFORM_FIELD_KEYS=" + TestKeys.fieldKeys(),
                        "--PLATFORM_BLIND_INDEX_KEYS=" + TestKeys.blindIndexKeys(),
                        // outside the local profile the mail relay is required too (platform-support mail)
                        "--spring.mail.host=relay.example");
    }

    @Test
    void withoutThePseudonymSecretTheServiceRefusesToStartNamingTheVariable() {
        assertThatThrownBy(() -> start("", null).close())
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SIGNAL_PSEUDONYM_SECRET")
                .hasMessageContaining("Missing secret");
    }

    @Test
    void aProductionLikeProfileIsNoExemption() {
        assertThatThrownBy(() -> start("", "production").close())
                .rootCause()
                .hasMessageContaining("SIGNAL_PSEUDONYM_SECRET");
    }

    @Test
    void withThePseudonymSecretTheSameContextStarts() throws Exception {
        try (ConfigurableApplicationContext context = start("a-long-random-test-secret", null)) {
            assertThat(context.isRunning()).isTrue();
        }
    }
}
