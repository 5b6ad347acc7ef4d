package nl.mensenhandel.signal.duplicates;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.links.LinkKind;
import nl.mensenhandel.signal.links.SignalLinkQueries;
import nl.mensenhandel.signal.links.SignalLink;
import nl.mensenhandel.signal.signal.DuplicateKeyMaker;
import nl.mensenhandel.signal.signal.DuplicateKeys;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalQueries;

/** Proposes possible duplicates, and links or (reversibly) merges signals. */
@Service
public class SignalLinks {

    /** Signals observed this far apart are not proposed as duplicates. */
    static final Duration OVERLAP = Duration.ofDays(180);

    public enum Reason {
        SAME_ADDRESS, SAME_PERSON, SAME_BUSINESS
    }

    /** A possible duplicate, with why, and whether the caller may read it in full (else an outline only). */
    public record Candidate(Signal signal, List<Reason> reasons, boolean readableInFull) {
    }

    private final SignalQueries signals;
    private final SignalLinkQueries merged;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final AccessLog accessLog;
    private final Clock clock;
    private final DuplicateKeyMaker keyMaker;
    private final SignalAccessPolicy access;

    public SignalLinks(SignalQueries signals, SignalLinkQueries merged, RegionScopedMongo scoped,
            ReactiveMongoTemplate mongo, AccessLog accessLog, Clock clock, DuplicateKeyMaker keyMaker,
            SignalAccessPolicy access) {
        this.access = access;
        this.signals = signals;
        this.merged = merged;
        this.scoped = scoped;
        this.mongo = mongo;
        this.accessLog = accessLog;
        this.clock = clock;
        this.keyMaker = keyMaker;
    }

    /**
     * Candidates for a signal the caller reads in full (see {@link SignalQueries#findReadableInFull}), searched
     * across every AF of the signal's region, and in other regions only among the signals linked to it by
     * residence (issue 7 capability 5). Each says whether the caller may read it in full; the API shows only an
     * outline of any candidate.
     */
    public Flux<Candidate> candidates(TenantContext caller, Signal signal) {
        DuplicateKeys keys = signal.duplicateKeys();
        if (keys == null || keys.isEmpty()) {
            return Flux.empty();
        }
        return Flux.concat(inRegion(signal, keys), residenceLinkedInOtherRegions(signal))
                .collectList()
                // logged with the ids the answer shows, so "who saw signal X" finds this list too
                .flatMap(found -> accessLog.record(Access.by(caller, "LIST", "signal-duplicate-candidates", signal.id())
                                .shown(found.stream().map(c -> c.signal().id()).toList()).purpose(SignalQueries.PURPOSE))
                        .thenReturn(found))
                .flatMapIterable(found -> found)
                .map(c -> new Candidate(c.signal(), c.reasons(), readableInFull(caller, c.signal())))
                .sort(Comparator.comparingInt((Candidate c) -> c.reasons().size()).reversed());
    }

    /**
     * Every AF of the signal's region (not only the caller's municipalities): a duplicate reported to the
     * neighbouring municipality is still a duplicate. Address and business as blind-index tokens of the region,
     * under each of its keys (the stored ones may be of an earlier key), persons by their pseudonymous key.
     */
    private Flux<Candidate> inRegion(Signal signal, DuplicateKeys keys) {
        List<String> addresses = keyMaker.addressSearchTokens(signal.region(), signal.location());
        List<String> businesses = keyMaker.businessSearchTokens(signal.region(), signal.location());
        List<Criteria> sameSomething = new ArrayList<>();
        if (!addresses.isEmpty()) {
            sameSomething.add(Criteria.where("duplicateKeys.addressKey").in(addresses));
        }
        if (!businesses.isEmpty()) {
            sameSomething.add(Criteria.where("duplicateKeys.businessKey").in(businesses));
        }
        if (!keys.personKeys().isEmpty()) {
            sameSomething.add(Criteria.where("duplicateKeys.personKeys").in(keys.personKeys()));
        }
        if (sameSomething.isEmpty()) {
            return Flux.empty();
        }
        Query query = new Query(Criteria.where("region").is(signal.region()).and("_id").ne(signal.id())
                .and("observedAt").gte(signal.observedAt().minus(OVERLAP)).lte(signal.observedAt().plus(OVERLAP))
                .orOperator(sameSomething.toArray(Criteria[]::new)));
        return mongo.find(query, Signal.class)
                .map(other -> new Candidate(other, reasons(keys, addresses, businesses, other.duplicateKeys()), false));
    }

    /**
     * Other regions, only where a residence or a hand-over links the signals: the other signal names this
     * signal's municipality as a residence (its own or a person's), or this signal names the other's exploitation
     * municipality as residence; or a hand-over went between the two municipalities. Compared
     * by address and business (blind-index tokens of the other signal's region); person keys are keyed per region
     * and, by design, never compare across regions. An unrelated signal of another region is never read.
     */
    private Flux<Candidate> residenceLinkedInOtherRegions(Signal signal) {
        if (signal.location() == null) {
            return Flux.empty();
        }
        List<Criteria> linked = new ArrayList<>();
        linked.add(Criteria.where("residenceMunicipalityCode").is(signal.municipalityCode()));
        linked.add(Criteria.where("persons.residenceMunicipalityCode").is(signal.municipalityCode()));
        if (!signal.residenceMunicipalityCodes().isEmpty()) {
            linked.add(Criteria.where("municipalityCode").in(signal.residenceMunicipalityCodes()));
        }
        // a hand-over links the municipalities it went between (issue 7 §5): the other signal was handed over
        // from or to this signal's municipality, or this signal was handed over from or to the other's
        linked.add(Criteria.where("handovers.fromMunicipalityCode").is(signal.municipalityCode()));
        linked.add(Criteria.where("handovers.toMunicipalityCode").is(signal.municipalityCode()));
        List<String> handedBetween = signal.handovers() == null ? List.of() : signal.handovers().stream()
                .flatMap(h -> java.util.stream.Stream.of(h.fromMunicipalityCode(), h.toMunicipalityCode()))
                .filter(code -> code != null && !code.equals(signal.municipalityCode())).distinct().toList();
        if (!handedBetween.isEmpty()) {
            linked.add(Criteria.where("municipalityCode").in(handedBetween));
        }
        Query query = new Query(Criteria.where("region").ne(signal.region())
                .and("observedAt").gte(signal.observedAt().minus(OVERLAP)).lte(signal.observedAt().plus(OVERLAP))
                .orOperator(linked.toArray(Criteria[]::new)));
        Map<String, List<String>> addressTokens = new HashMap<>();
        Map<String, List<String>> businessTokens = new HashMap<>();
        return mongo.find(query, Signal.class)
                .filter(other -> other.duplicateKeys() != null)
                .map(other -> {
                    List<String> addresses = addressTokens.computeIfAbsent(other.region(),
                            r -> keyMaker.addressSearchTokens(r, signal.location()));
                    List<String> businesses = businessTokens.computeIfAbsent(other.region(),
                            r -> keyMaker.businessSearchTokens(r, signal.location()));
                    return new Candidate(other, reasons(new DuplicateKeys(null, null, List.of()), addresses, businesses,
                            other.duplicateKeys()), false);
                })
                .filter(c -> !c.reasons().isEmpty());
    }

    /** Whether the caller may read the candidate with getSignal: their region reads it, they serve it, in full. */
    private boolean readableInFull(TenantContext caller, Signal other) {
        return other.readableByRegions() != null && other.readableByRegions().contains(caller.region())
                && access.maySee(caller, other) && !access.outlineOnly(caller, other);
    }

    public Mono<SignalLink> link(TenantContext caller, String signalId, String otherSignalId, LinkKind kind,
            String reason) {
        return DuplicateRules.notItself(signalId, otherSignalId).enforce(signalId)
                .flatMap(id -> Mono.zip(signals.findWorkable(caller, signalId),
                        signals.findWorkable(caller, otherSignalId), merged.mergedAway(caller)))
                .flatMap(t -> DuplicateRules.mergeDoesNotChain(kind, signalId, otherSignalId, t.getT3())
                        .enforce(t))
                .flatMap(t -> scoped.insert(caller, new SignalLink(UUID.randomUUID().toString(), caller.region(),
                        signalId, otherSignalId, kind, reason, caller.username(), clock.instant(), null, null,
                        null, kind == LinkKind.MERGE ? otherSignalId : null)))
                .onErrorMap(DuplicateKeyException.class, raced -> new ApiProblem(ProblemType.CONFLICT,
                        "That signal was merged into another one at the same moment"))
                .flatMap(link -> accessLog.record(caller, "LINK", "signal", signalId, null, SignalQueries.PURPOSE)
                        .thenReturn(link));
    }

    public Mono<SignalLink> revoke(TenantContext caller, String signalId, String linkId, String reason) {
        return signals.findWorkable(caller, signalId)
                .flatMap(signal -> scoped.find(caller, new Query(Criteria.where("_id").is(linkId)
                        .orOperator(Criteria.where("signalId").is(signalId),
                                Criteria.where("otherSignalId").is(signalId))), SignalLink.class).next())
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Link " + linkId)))
                .flatMap(link -> DuplicateRules.notYetRevoked(link).enforce(link))
                // conditional on "not yet revoked": of two concurrent revocations exactly one wins
                .flatMap(link -> mongo.updateFirst(
                                new Query(Criteria.where("_id").is(link.id()).and("region").is(caller.region())
                                        .and("revokedAt").is(null)),
                                new Update().set("revokedAt", clock.instant()).set("revokedBy", caller.username())
                                        .set("revocationReason", reason).unset("activeMergeOf"),
                                SignalLink.class)
                        .flatMap(result -> result.getModifiedCount() == 1
                                ? scoped.findById(caller, link.id(), SignalLink.class)
                                : Mono.error(new ApiProblem(ProblemType.CONFLICT, "This link was already revoked."))))
                .flatMap(link -> accessLog.record(caller, "REVOKE_LINK", "signal", signalId, null,
                        SignalQueries.PURPOSE).thenReturn(link));
    }


    private static List<Reason> reasons(DuplicateKeys mine, List<String> addresses, List<String> businesses,
            DuplicateKeys theirs) {
        List<Reason> reasons = new ArrayList<>();
        if (theirs.addressKey() != null && addresses.contains(theirs.addressKey())) {
            reasons.add(Reason.SAME_ADDRESS);
        }
        if (mine.personKeys().stream().anyMatch(theirs.personKeys()::contains)) {
            reasons.add(Reason.SAME_PERSON);
        }
        if (theirs.businessKey() != null && businesses.contains(theirs.businessKey())) {
            reasons.add(Reason.SAME_BUSINESS);
        }
        return reasons;
    }
}
