package nl.mensenhandel.care.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;

/** One test per rule of a capacity publication. */
class CapacityRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    static final CareLocation OPVANG = new CareLocation("querido-opvang", "hvo-querido", "Opvang",
            Set.of(PlacementType.SPECIALISTISCHE_OPVANG, PlacementType.REGULIERE_OPVANG), null, 18, null, null, null,
            null, true);

    @Test
    void typeOfferedByLocation() {
        assertThat(CapacityRules.typeOfferedByLocation(OPVANG, PlacementType.REGULIERE_OPVANG).isAllowed()).isTrue();
        assertRejected(CapacityRules.typeOfferedByLocation(OPVANG, PlacementType.NOODBED), "type-offered-by-location");
    }

    @Test
    void availableWithinMaximum() {
        assertThat(CapacityRules.availableWithinMaximum(10, 10).isAllowed()).isTrue();
        assertThat(CapacityRules.availableWithinMaximum(10, 0).isAllowed()).isTrue();
        assertRejected(CapacityRules.availableWithinMaximum(10, 11), "available-within-maximum");
    }

    @Test
    void countedNotInFuture() {
        assertThat(CapacityRules.countedNotInFuture(NOW.minus(Duration.ofDays(3)), NOW).isAllowed()).isTrue();
        // a provider's clock a few minutes ahead is tolerated
        assertThat(CapacityRules.countedNotInFuture(NOW.plus(Duration.ofMinutes(5)), NOW).isAllowed()).isTrue();
        assertRejected(CapacityRules.countedNotInFuture(NOW.plus(Duration.ofMinutes(5)).plusSeconds(1), NOW),
                "counted-not-in-future");
    }

    private static void assertRejected(PolicyDecision decision, String rule) {
        assertThat(decision).isInstanceOfSatisfying(PolicyDecision.Rejected.class, rejected -> {
            assertThat(rejected.rule()).isEqualTo(rule);
            assertThat(rejected.type()).isEqualTo(ProblemType.UNPROCESSABLE);
        });
    }
}
