package nl.mensenhandel.platform.audit;

import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import nl.mensenhandel.platform.audit.ChainVerification.Kind;
import nl.mensenhandel.platform.audit.ChainVerification.Problem;
import reactor.core.publisher.Mono;

/**
 * Walks a region's chain in sequence order and reports the first altered, removed or inserted entry. It
 * recomputes each hash from the entry's content and its predecessor's hash. Removing entries at the end
 * leaves no gap; it is found against the head this instance last wrote (a deployment that must catch it
 * in every case anchors the head elsewhere too, e.g. by publishing {@code headHash} daily). Reads only.
 */
public class ChainVerifier {

    private final ReactiveMongoTemplate mongo;
    private final AccessLog log;

    public ChainVerifier(ReactiveMongoTemplate mongo, AccessLog log) {
        this.mongo = mongo;
        this.log = log;
    }

    public Mono<ChainVerification> verify(String region) {
        return Mono.defer(() -> {
            // taken before the walk: whatever this instance wrote until now must be found by it
            Walk walk = new Walk(region, log.knownHead(region));
            // the chain is the region's key range; documents outside it are no entries (never shown either)
            Query chain = Query.query(AccessLog.inChain(region)).with(Sort.by(Sort.Direction.ASC, "_id"));
            return mongo.find(chain, AccessLogEntry.class)
                    .doOnNext(walk::step)
                    .takeUntil(entry -> walk.problem != null)
                    .then(Mono.fromCallable(walk::finish));
        });
    }

    /** The state of one walk: where the chain should be, and what was found. */
    private static final class Walk {
        private final String region;
        private final AccessLog.Head known;
        private long expected = 1;
        private String previousHash = AccessLogEntry.GENESIS;
        private long checked;
        private Problem problem;

        Walk(String region, Optional<AccessLog.Head> known) {
            this.region = region;
            this.known = known.orElse(null);
        }

        void step(AccessLogEntry entry) {
            checked++;
            long seq = entry.sequence();
            if (!AccessLogEntry.key(region, seq).equals(entry.id()) || !region.equals(entry.region())) {
                problem = new Problem(seq, Kind.INSERTED,
                        "An entry under key " + entry.id() + " claims place " + seq + ": the log did not write it.");
            } else if (seq > expected) {
                problem = new Problem(expected, Kind.REMOVED, expected == seq - 1
                        ? "Entry " + expected + " is missing."
                        : "Entries " + expected + " to " + (seq - 1) + " are missing.");
            } else if (seq < expected) {
                problem = new Problem(seq, Kind.INSERTED, "A second entry for place " + seq + ".");
            } else if (!entry.computeHash().equals(entry.hash())) {
                problem = new Problem(seq, Kind.ALTERED, "Entry " + seq + " no longer matches its hash.");
            } else if (!previousHash.equals(entry.previousHash())) {
                problem = new Problem(seq - 1, Kind.ALTERED, "Entry " + (seq - 1) + " was rewritten: entry " + seq
                        + " recorded another hash for it.");
            } else if (known != null && known.sequence() == seq && !known.hash().equals(entry.hash())) {
                problem = new Problem(seq, Kind.ALTERED,
                        "Entry " + seq + " was rewritten with a new hash after this service wrote it.");
            } else {
                previousHash = entry.hash();
                expected = seq + 1;
            }
        }

        ChainVerification finish() {
            long last = expected - 1;
            if (problem == null && known != null && known.sequence() > last) {
                problem = new Problem(last + 1, Kind.REMOVED, "The chain ends at " + last + " but this service wrote up to "
                        + known.sequence() + ": the entries from " + (last + 1) + " on were removed.");
            }
            return new ChainVerification(region, problem == null, checked, last,
                    last == 0 ? null : previousHash, problem);
        }
    }
}
