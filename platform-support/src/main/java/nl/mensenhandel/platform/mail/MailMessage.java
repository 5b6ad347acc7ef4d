package nl.mensenhandel.platform.mail;

import java.util.List;

/**
 * A plain-text mail, as the payload of an outbox entry of kind {@value #KIND}: recipients, subject and body
 * are personal data, encrypted in the entry and removed from it once delivered (see
 * {@link nl.mensenhandel.platform.outbox.Outbox}).
 *
 * <pre>
 * update.push(Outbox.FIELD, outbox.entry(region, signalId, entryId, MailMessage.KIND,
 *         new MailMessage(List.of("melder@example.org"), "Terugkoppeling", body)).toDocument());
 * </pre>
 */
public record MailMessage(List<String> to, String subject, String body) {

    /** The outbox kind delivered by {@link MailDelivery}. */
    public static final String KIND = "mail";

    public MailMessage {
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("a mail needs at least one recipient");
        }
        to = List.copyOf(to);
    }
}
