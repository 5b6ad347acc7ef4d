package nl.mensenhandel.signal.links;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Counts herhaald slachtofferschap (repeat victimisation; issue 7 capability 7): signals linked with
 * {@link LinkKind#SAME_PERSON} form groups about one person; every signal of a group but the first is a repeat.
 * Only the counted signals take part (e.g. the visible ones without merged-away duplicates), so a duplicate never
 * counts as a repeat. The AF's counts ({@code countSignals}) and the monitor's statistics count them here.
 */
public final class RepeatVictimisation {

    private RepeatVictimisation() {
    }

    /** Of each group of {@code counted} signals connected by active SAME_PERSON links: all but one. */
    public static long count(Collection<SignalLink> links, Set<String> counted) {
        return groups(links, counted::contains).values().stream().mapToLong(group -> group.size() - 1).sum();
    }

    /**
     * Which of the {@code counted} signals are repeats: of each group connected by active SAME_PERSON links, every
     * signal but the first in {@code order} (the earliest received: the person was already the subject of it).
     */
    public static Set<String> repeats(Collection<SignalLink> links, Predicate<String> counted,
            Comparator<String> order) {
        Set<String> repeats = new HashSet<>();
        for (List<String> group : groups(links, counted).values()) {
            group.stream().sorted(order).skip(1).forEach(repeats::add);
        }
        return repeats;
    }

    /** The groups of counted signals connected by active SAME_PERSON links (only groups of two or more). */
    private static Map<String, List<String>> groups(Collection<SignalLink> links, Predicate<String> counted) {
        Map<String, String> parent = new HashMap<>();
        Set<String> members = new HashSet<>();
        for (SignalLink link : links) {
            if (link.kind() != LinkKind.SAME_PERSON || !link.active()
                    || !counted.test(link.signalId()) || !counted.test(link.otherSignalId())) {
                continue;
            }
            members.add(link.signalId());
            members.add(link.otherSignalId());
            String a = root(parent, link.signalId());
            String b = root(parent, link.otherSignalId());
            if (!a.equals(b)) {
                parent.put(a, b);
            }
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String member : members) {
            groups.computeIfAbsent(root(parent, member), r -> new ArrayList<>()).add(member);
        }
        return groups;
    }

    private static String root(Map<String, String> parent, String id) {
        String current = id;
        while (parent.containsKey(current)) {
            current = parent.get(current);
        }
        return current;
    }
}
