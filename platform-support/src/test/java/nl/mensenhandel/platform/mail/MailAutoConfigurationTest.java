package nl.mensenhandel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import nl.mensenhandel.platform.outbox.OutboxCollection;

/** Mail must not silently go nowhere: without a mail server only the local profile starts. */
class MailAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAutoConfiguration.class))
            .withBean(OutboxCollection.class, () -> new OutboxCollection("signals"));

    @Test
    void outsideTheLocalProfileAServiceWithAnOutboxDoesNotStartWithoutSpringMailHost() {
        runner.run(context -> assertThat(context).hasFailed().getFailure()
                .rootCause().hasMessageContaining("SPRING_MAIL_HOST"));
    }

    @Test
    void underTheLocalProfileItSendsToTheLocalMailServer() {
        runner.withPropertyValues("spring.profiles.active=local").run(context -> {
            assertThat(context).hasSingleBean(MailDelivery.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("localhost");
            assertThat(sender.getPort()).isEqualTo(3025);
        });
    }

    @Test
    void springMailHostNamesTheRelay() {
        runner.withPropertyValues("spring.mail.host=relay.example", "spring.mail.port=587").run(context -> {
            assertThat(context).hasSingleBean(MailDelivery.class);
            JavaMailSenderImpl sender = context.getBean(JavaMailSenderImpl.class);
            assertThat(sender.getHost()).isEqualTo("relay.example");
            assertThat(sender.getPort()).isEqualTo(587);
        });
    }

    @Test
    void aServiceWithoutAnOutboxGetsNoMailDelivery() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class, MailAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MailDelivery.class));
    }
}
