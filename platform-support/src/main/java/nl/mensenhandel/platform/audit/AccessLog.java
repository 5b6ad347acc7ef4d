package nl.mensenhandel.platform.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;

import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Writes the access log. It only finds and inserts — never updates, upserts or deletes — so it runs with
 * a store credential that may do no more. The write is part of the request: if it fails, the request
 * fails too, so no access goes unlogged.
 *
 * <p><b>The chain.</b> Each region has its own chain. An entry takes the next sequence number of its
 * region and the hash of its predecessor; its {@code _id} is {@code region:sequence}, so of two writers
 * (requests, instances) that want the same place, the store's unique {@code _id} lets exactly one in. The
 * other reads the chain's head again and retries on top of it: the chain never forks. Within an instance
 * appends to a region queue one after the other and the ones that queued up meanwhile are written together in one
 * ordered insert ({@link RegionLane}), and the head stays cached, so the usual cost of an entry is a share of one
 * insert and one SHA-256; a read of the head follows only a start or a write by another instance.
 */
public class AccessLog {

    /** Enough for a burst of instances racing for one region's head; each retry reads the head anew. */
    static final int MAX_ATTEMPTS = 25;

    /** The head of a region's chain as this instance last wrote it. */
    public record Head(long sequence, String hash) {
    }

    private final ReactiveMongoTemplate mongo;
    private final Clock clock;
    private final String service;
    private final Map<String, Head> heads = new ConcurrentHashMap<>();
    private final Map<String, RegionLane> lanes = new ConcurrentHashMap<>();

    public AccessLog(ReactiveMongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.clock = clock;
        this.service = service;
    }

    /**
     * A successful access by a caller with a token; the legal basis follows from the caller's function.
     *
     * @param action       e.g. {@code READ}, {@code LIST}, {@code CREATE}
     * @param resourceType e.g. {@code signal}
     * @param dataSubject  a reference to the person the data is about (an id, never a name), or null
     * @param purpose      purpose of the processing
     */
    public Mono<AccessLogEntry> record(TenantContext actor, String action, String resourceType, String resourceId,
            String dataSubject, String purpose) {
        return record(Access.by(actor, action, resourceType, resourceId).dataSubject(dataSubject).purpose(purpose));
    }

    /** A list or search: which ids it showed (the page as answered), so "who saw X" finds lists too. */
    public Mono<AccessLogEntry> recordList(TenantContext actor, String resourceType, List<String> shownIds,
            String purpose) {
        return record(Access.by(actor, "LIST", resourceType, null).shown(shownIds).purpose(purpose));
    }

    public Mono<AccessLogEntry> record(Access access) {
        return Mono.deferContextual(context -> {
            RequestAudit request = context.getOrDefault(RequestAudit.class, null);
            return clientOf(request).defaultIfEmpty(new ClientInfo(null, null))
                    .flatMap(client -> append(draft(access, request, client)));
        });
    }

    /** The head this instance last wrote for a region, if it wrote any since it started. */
    public Optional<Head> knownHead(String region) {
        return Optional.ofNullable(heads.get(region));
    }

    public String service() {
        return service;
    }

    private record ClientInfo(String client, String onBehalfOf) {
    }

    /** The OAuth client ({@code azp}) and, for a token exchange, the user acted for ({@code act.sub}). */
    private static Mono<ClientInfo> clientOf(RequestAudit request) {
        if (request != null && request.client() != null) {
            return Mono.just(new ClientInfo(request.client(), request.onBehalfOf()));
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(security -> security.getAuthentication())
                .filter(auth -> auth.getPrincipal() instanceof org.springframework.security.oauth2.jwt.Jwt)
                .map(auth -> CallerCapture.clientInfo((org.springframework.security.oauth2.jwt.Jwt) auth.getPrincipal()))
                .map(pair -> new ClientInfo(pair[0], pair[1]));
    }

    private AccessLogEntry draft(Access access, RequestAudit request, ClientInfo client) {
        TenantContext actor = access.actor();
        String region = access.region() == null || access.region().isBlank() ? AccessLogEntry.NO_REGION
                : access.region();
        String legalBasis = access.legalBasis() != null ? access.legalBasis()
                : actor == null ? (access.outcome() == Outcome.SUCCESS ? LegalBasis.ANONYMOUS_REPORTER.text()
                        : LegalBasis.NONE.text())
                : LegalBasis.forRoles(actor.roles()).text();
        return new AccessLogEntry(null, region, 0, clock.instant().truncatedTo(ChronoUnit.MILLIS), service,
                access.action(), access.outcome(),
                actor == null ? AccessLogEntry.ANONYMOUS : actor.subject(),
                actor == null ? null : actor.username(),
                actor == null ? null : actor.roles(),
                actor == null ? null : actor.organisation(),
                access.onBehalfOf() != null ? access.onBehalfOf() : client.onBehalfOf(), client.client(),
                access.resourceType(), access.resourceId(), access.resourceIds(), access.dataSubject(),
                access.purpose(), legalBasis, request == null ? null : request.traceId(), null, null);
    }

    private Mono<AccessLogEntry> append(AccessLogEntry draft) {
        return lanes.computeIfAbsent(draft.region(), r -> new RegionLane(drafts -> appendAtHead(drafts, MAX_ATTEMPTS)))
                .append(draft);
    }

    /** Places the drafts (all of one region) one after the other on the chain's head; the stored entries, in order. */
    private Mono<List<AccessLogEntry>> appendAtHead(List<AccessLogEntry> drafts, int attemptsLeft) {
        String region = drafts.get(0).region();
        return head(region).flatMap(head -> {
            List<AccessLogEntry> placed = new ArrayList<>(drafts.size());
            long sequence = head.sequence();
            String previous = head.hash();
            for (AccessLogEntry draft : drafts) {
                AccessLogEntry entry = draft.chainedAt(++sequence, previous);
                placed.add(entry);
                previous = entry.hash();
            }
            AccessLogEntry last = placed.get(placed.size() - 1);
            Mono<?> insert = placed.size() == 1 ? mongo.insert(last)
                    : mongo.insert(placed, AccessLogEntry.class).then(Mono.just(last));
            return insert
                    .doOnNext(stored -> heads.put(region, new Head(last.sequence(), last.hash())))
                    .thenReturn(placed)
                    .onErrorResume(DuplicateKeyException.class, taken -> {
                        // another instance wrote one of these places first: ours that the ordered insert wrote before
                        // it stay, the rest are placed again on its entries
                        heads.remove(region);
                        return writtenPrefix(placed).flatMap(written -> {
                            if (attemptsLeft <= 1) {
                                return Mono.error(new IllegalStateException("Access log of " + region
                                        + " stayed contended; " + (drafts.size() - written) + " entries not written",
                                        taken));
                            }
                            return appendAtHead(drafts.subList(written, drafts.size()), attemptsLeft - 1)
                                    .map(rest -> {
                                        List<AccessLogEntry> all = new ArrayList<>(placed.subList(0, written));
                                        all.addAll(rest);
                                        return all;
                                    });
                        });
                    })
                    .doOnError(failed -> heads.remove(region));
        });
    }

    /** How many of the placed entries, from the first on, the store holds as placed (same id, same hash). */
    private Mono<Integer> writtenPrefix(List<AccessLogEntry> placed) {
        if (placed.size() == 1) {
            return Mono.just(0);
        }
        List<String> ids = placed.stream().map(AccessLogEntry::id).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), AccessLogEntry.class)
                .collectMap(AccessLogEntry::id, AccessLogEntry::hash)
                .map(stored -> {
                    int written = 0;
                    while (written < placed.size()
                            && placed.get(written).hash().equals(stored.get(placed.get(written).id()))) {
                        written++;
                    }
                    return written;
                });
    }

    /** The last entry of a region's chain: highest {@code _id} in the region's key range. */
    private Mono<Head> head(String region) {
        Head cached = heads.get(region);
        if (cached != null) {
            return Mono.just(cached);
        }
        return mongo.findOne(Query.query(inChain(region)).with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                        AccessLogEntry.class)
                .map(last -> new Head(last.sequence(), last.hash()))
                .defaultIfEmpty(new Head(0, AccessLogEntry.GENESIS));
    }

    /** Every key of a region's chain ({@code region:} followed by digits sorts between these bounds). */
    static Criteria inChain(String region) {
        return Criteria.where("_id").gte(region + ":").lt(region + ";");
    }
}
