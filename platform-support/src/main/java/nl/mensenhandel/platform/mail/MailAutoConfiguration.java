package nl.mensenhandel.platform.mail;

import java.util.Properties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.outbox.OutboxCollection;

/**
 * Mail through the outbox for a service that has {@code spring-boot-starter-mail} and an outbox
 * ({@link OutboxCollection}). The SMTP server is Spring Boot's {@code spring.mail.*}; without
 * {@code spring.mail.host} the service starts only under the {@code local} profile (then:
 * {@code platform.mail.local-host:local-port}, default localhost:3025, the local GreenMail) and fails
 * elsewhere, naming {@code SPRING_MAIL_HOST} — mail must not silently go nowhere.
 */
@AutoConfiguration(afterName = "org.springframework.boot.mail.autoconfigure.MailSenderAutoConfiguration")
@ConditionalOnClass(JavaMailSender.class)
@ConditionalOnBean(OutboxCollection.class)
@EnableConfigurationProperties(MailSettings.class)
public class MailAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(JavaMailSender.class)
    JavaMailSender localMailSender(MailSettings settings, Environment environment) {
        if (!Secrets.isLocal(environment)) {
            throw new IllegalStateException("No mail server: set the environment variable SPRING_MAIL_HOST "
                    + "(and SPRING_MAIL_PORT). Only the '" + Secrets.LOCAL_PROFILE + "' profile may run without it.");
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(settings.localHost());
        sender.setPort(settings.localPort());
        sender.setDefaultEncoding("UTF-8");
        Properties properties = new Properties();
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "20000");
        properties.put("mail.smtp.writetimeout", "20000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @Bean
    MailDelivery mailDelivery(JavaMailSender sender, MailSettings settings) {
        return new MailDelivery(sender, settings);
    }
}
