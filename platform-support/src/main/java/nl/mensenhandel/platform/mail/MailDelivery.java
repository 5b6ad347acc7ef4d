package nl.mensenhandel.platform.mail;

import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;

import nl.mensenhandel.platform.outbox.OutboxDelivery;
import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Delivers outbox entries of kind {@value MailMessage#KIND} over SMTP with Spring's {@link JavaMailSender}
 * (blocking: it runs on {@code boundedElastic}, never on the event loop).
 * <p>
 * The Message-ID is made from the outbox entry id ({@code <entry-id@sender-domain>}), so a mail that is sent
 * again after a crash between sending and marking carries the same Message-ID, and mail systems and
 * readers can recognise the repeat. An address that cannot be parsed is a permanent failure (no retry);
 * every other failure (server down, refused for now, timeout) is retried by the dispatcher.
 */
public class MailDelivery implements OutboxDelivery {

    private final JavaMailSender sender;
    private final MailSettings settings;
    private final Session session = Session.getInstance(new Properties());

    public MailDelivery(JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String kind() {
        return MailMessage.KIND;
    }

    @Override
    public Mono<Void> deliver(OutboxMessage message) {
        return Mono.fromRunnable(() -> sender.send(compose(message.id(), message.payload(MailMessage.class))))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    /** The MIME message of an entry: plain text, UTF-8, with the deterministic Message-ID. */
    MimeMessage compose(String entryId, MailMessage mail) {
        try {
            String messageId = messageId(entryId, settings.from());
            MimeMessage mime = new MimeMessage(session) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            mime.setFrom(new InternetAddress(settings.from(), true));
            for (String to : mail.to()) {
                mime.addRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
            }
            mime.setSubject(mail.subject(), "UTF-8");
            mime.setText(mail.body(), "UTF-8");
            return mime;
        } catch (AddressException e) {
            throw new PermanentDeliveryFailure("not a valid mail address", null);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            throw new PermanentDeliveryFailure("mail cannot be composed", null);
        }
    }

    /** {@code <entry-id@domain-of-sender>}, the id reduced to characters a Message-ID may hold. */
    static String messageId(String entryId, String from) {
        String domain = from.substring(from.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
        String local = entryId.replaceAll("[^A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]", ".");
        return "<" + local + "@" + (domain.isBlank() ? "mensenhandel.local" : domain) + ">";
    }
}
