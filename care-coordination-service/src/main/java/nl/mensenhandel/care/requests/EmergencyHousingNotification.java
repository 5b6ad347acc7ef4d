package nl.mensenhandel.care.requests;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.bson.Document;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.inbox.InboxNotification;
import nl.mensenhandel.platform.inbox.InboxNotification.Audience;
import nl.mensenhandel.platform.outbox.Outbox;
import nl.mensenhandel.platform.tenancy.Roles;

/**
 * {@value #KIND}: the region's zorgcoördinatoren are told in their inbox that people need a roof tonight
 * (Zaanstreek-Waterland: the family evicted that evening got a hotel room paid by the municipality), as the outbox
 * entry the request is inserted with — so it is not lost when the inbox is down, and not sent for a request that
 * was not stored. Minimal content: counts, municipality, date and instrument; never a name.
 */
@Component
public class EmergencyHousingNotification {

    public static final String KIND = "NOODHUISVESTING_GEVRAAGD";
    /** How the inbox names an emergency-housing request ({@code ResourceReference.type}). */
    public static final String ABOUT_TYPE = "emergency-housing-request";

    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final Outbox outbox;

    public EmergencyHousingNotification(Outbox outbox) {
        this.outbox = outbox;
    }

    /** The entry id (the inbox's Idempotency-Key): one notification per request. */
    public static String entryId(String requestId) {
        return requestId + ":" + KIND;
    }

    public Document entry(String region, String requestId, String municipalityCode, String instrumentCode, int adults,
            int minors, Instant from) {
        String title = "Noodhuisvesting gevraagd in %s vanaf %s: %d volwassene(n) en %d minderjarige(n) (%s)."
                .formatted(municipalityCode, LocalDate.ofInstant(from, NETHERLANDS), adults, minors, instrumentCode);
        InboxNotification notification = new InboxNotification(KIND, title, municipalityCode,
                List.of(Audience.role(Roles.ZORGCOORDINATOR)));
        return outbox.entry(region, requestId, entryId(requestId), InboxNotification.KIND, notification).toDocument();
    }
}
