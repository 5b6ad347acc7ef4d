package nl.mensenhandel.platform.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code platform.mail.*}: the sender address of the platform's mail ({@code PLATFORM_MAIL_FROM}), and
 * the SMTP server used under the {@code local} profile when {@code spring.mail.host} is not set (the
 * GreenMail of {@code deploy/local/up}). Elsewhere {@code SPRING_MAIL_HOST} (and {@code SPRING_MAIL_PORT},
 * {@code SPRING_MAIL_USERNAME}, {@code SPRING_MAIL_PASSWORD}) name the relay — Spring Boot's own
 * {@code spring.mail.*} properties.
 */
@ConfigurationProperties("platform.mail")
public record MailSettings(String from, String localHost, Integer localPort) {

    public MailSettings {
        from = from == null || from.isBlank() ? "meldroute@mensenhandel.local" : from;
        localHost = localHost == null || localHost.isBlank() ? "localhost" : localHost;
        localPort = localPort == null ? 3025 : localPort;
    }
}
