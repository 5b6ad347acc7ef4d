package nl.mensenhandel.signal.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Repeat victimisation (herhaald slachtofferschap) is counted from SAME_PERSON links only, all but one per group. */
class RepeatVictimisationTest {

    static SignalLink link(String a, String b, LinkKind kind, boolean revoked) {
        return new SignalLink(a + b + kind, "r", a, b, kind, "reden", "af", Instant.EPOCH,
                revoked ? Instant.EPOCH : null, null, null, null);
    }

    @Test
    void eachGroupOfTheSamePersonCountsAllButItsFirstSignal() {
        List<SignalLink> links = List.of(link("a", "b", LinkKind.SAME_PERSON, false),
                link("b", "c", LinkKind.SAME_PERSON, false), link("a", "c", LinkKind.SAME_PERSON, false),
                link("x", "y", LinkKind.SAME_PERSON, false));
        assertThat(RepeatVictimisation.count(links, Set.of("a", "b", "c", "x", "y"))).isEqualTo(3);
    }

    @Test
    void duplicatesOtherRelationsRevokedLinksAndUncountedSignalsAreNoRepeat() {
        List<SignalLink> links = List.of(link("a", "b", LinkKind.MERGE, false),
                link("a", "c", LinkKind.SAME_ADDRESS, false), link("a", "d", LinkKind.SAME_NETWORK, false),
                link("a", "e", LinkKind.SAME_PERSON, true), link("a", "f", LinkKind.SAME_PERSON, false));
        // f is not counted (e.g. merged away or not visible to the caller)
        assertThat(RepeatVictimisation.count(links, Set.of("a", "b", "c", "d", "e"))).isZero();
    }
}
