package nl.mensenhandel.platform.audit;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read or write of personal data: who (subject, username, roles, organisation), on whose behalf,
 * what (action, resource type and id), which data subject, when, and for which purpose/legal basis.
 * Append-only: nothing in the platform updates or deletes these documents.
 */
@Document("access_log")
public record AccessLogEntry(
        @Id String id,
        Instant at,
        String region,
        String actor,
        String actorUsername,
        Set<String> actorRoles,
        String organisation,
        String onBehalfOf,
        String action,
        String resourceType,
        String resourceId,
        String dataSubject,
        String purpose) {
}
