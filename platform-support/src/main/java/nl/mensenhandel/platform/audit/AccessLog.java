package nl.mensenhandel.platform.audit;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;

import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Writes the access log. It only inserts: the class offers no way to change or remove an entry.
 * The write is part of the request: if it fails, the read fails too, so no access goes unlogged.
 */
public class AccessLog {

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;

    public AccessLog(ReactiveMongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * @param action       e.g. {@code READ}, {@code LIST}, {@code CREATE}
     * @param resourceType e.g. {@code signal}
     * @param dataSubject  a reference to the person the data is about (an id, never a name), or null
     * @param purpose      purpose and legal basis of the processing
     */
    public Mono<AccessLogEntry> record(TenantContext actor, String action, String resourceType, String resourceId,
            String dataSubject, String purpose) {
        AccessLogEntry entry = new AccessLogEntry(UUID.randomUUID().toString(), clock.instant(), actor.region(),
                actor.subject(), actor.username(), actor.roles(), actor.organisation(), null, action, resourceType,
                resourceId, dataSubject, purpose);
        return mongo.insert(entry);
    }
}
