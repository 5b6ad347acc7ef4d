package nl.mensenhandel.signal.links;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Counts herhaald slachtofferschap (repeat victimisation; issue 7 capability 7): signals linked with
 * {@link LinkKind#SAME_PERSON} form groups about one person; every signal of a group but the first is a repeat.
 * Only the counted signals take part (e.g. the visible ones without merged-away duplicates), so a duplicate never
 * counts as a repeat.
 */
public final class RepeatVictimisation {

    private RepeatVictimisation() {
    }

    /** Of each group of {@code counted} signals connected by active SAME_PERSON links: all but one. */
    public static long count(Collection<SignalLink> links, Set<String> counted) {
        Map<String, String> parent = new HashMap<>();
        long joins = 0;
        for (SignalLink link : links) {
            if (link.kind() != LinkKind.SAME_PERSON || !link.active()
                    || !counted.contains(link.signalId()) || !counted.contains(link.otherSignalId())) {
                continue;
            }
            String a = root(parent, link.signalId());
            String b = root(parent, link.otherSignalId());
            if (!a.equals(b)) {
                // each join of two groups adds one signal beyond the first: a group of n counts n - 1
                parent.put(a, b);
                joins++;
            }
        }
        return joins;
    }

    private static String root(Map<String, String> parent, String id) {
        String current = id;
        while (parent.containsKey(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
