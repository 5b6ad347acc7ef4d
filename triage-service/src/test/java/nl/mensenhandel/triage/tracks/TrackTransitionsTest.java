package nl.mensenhandel.triage.tracks;

import static nl.mensenhandel.triage.cases.Track.TrackStatus.AFGEROND;
import static nl.mensenhandel.triage.cases.Track.TrackStatus.GEOPEND;
import static nl.mensenhandel.triage.cases.Track.TrackStatus.GESTOPT;
import static nl.mensenhandel.triage.cases.Track.TrackStatus.LOPEND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.triage.cases.Track.TrackStatus;

/** The track lifecycle table (docs/triage.md "Lifecycles"), every pair of statuses. */
class TrackTransitionsTest {

    static final Map<TrackStatus, Set<TrackStatus>> TABLE = Map.of(
            GEOPEND, Set.of(LOPEND, AFGEROND, GESTOPT),
            LOPEND, Set.of(AFGEROND, GESTOPT),
            AFGEROND, Set.of(),
            GESTOPT, Set.of());

    @Test
    void everyStepInTheTableIsAllowedAndEveryOtherIsAnIllegalTransition() {
        for (TrackStatus from : TrackStatus.values()) {
            for (TrackStatus to : TrackStatus.values()) {
                PolicyDecision decision = TrackTransitions.step(from, to);
                if (TABLE.get(from).contains(to)) {
                    assertThat(decision.isAllowed()).as("%s -> %s", from, to).isTrue();
                } else {
                    assertThat(decision).as("%s -> %s", from, to).isInstanceOfSatisfying(PolicyDecision.Rejected.class,
                            rejected -> {
                                assertThat(rejected.rule()).isEqualTo("track-lifecycle");
                                assertThat(rejected.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                            });
                }
            }
        }
    }

    @Test
    void anEndedTrackGoesNowhere() {
        assertThat(TrackTransitions.allowedFrom(AFGEROND)).isEmpty();
        assertThat(TrackTransitions.allowedFrom(GESTOPT)).isEmpty();
        assertThat(AFGEROND.ended()).isTrue();
        assertThat(GESTOPT.ended()).isTrue();
    }
}
