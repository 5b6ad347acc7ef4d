package nl.mensenhandel.care.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.care.intake.CareQuestion.RequesterKind;
import nl.mensenhandel.care.intake.CareQuestionRules.Requester;
import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** The rules of the zorgcoördinator's intake, one test each, named after the rule. */
class CareQuestionRulesTest {

    static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    static final TenantContext ZC = new TenantContext("s-zc", "zc.ijsselland", "ijsselland", Set.of(),
            "Veilig Thuis IJsselland", null, Set.of("zorgcoordinator"));
    static final TenantContext AF = new TenantContext("s-af", "af.zwolle", "ijsselland", Set.of("GM0193"),
            "Gemeente Zwolle", null, Set.of("aandachtsfunctionaris"));
    static final TenantContext TABLE = new TenantContext("s-t", "casustafel.ijsselland", "ijsselland", Set.of(),
            "ZVH", null, Set.of("casustafel"));

    static String rule(PolicyDecision decision) {
        assertThat(decision.isAllowed()).isFalse();
        assertThat(((PolicyDecision.Rejected) decision).type()).isEqualTo(ProblemType.UNPROCESSABLE);
        return ((PolicyDecision.Rejected) decision).rule();
    }

    @Test
    void careQuestionsForZorgcoordinatorAndAf() {
        assertThat(CareQuestionRules.mayAsk(ZC).isAllowed()).isTrue();
        assertThat(CareQuestionRules.mayAsk(AF).isAllowed()).isTrue();
        assertThat(((PolicyDecision.Rejected) CareQuestionRules.mayAsk(TABLE)).type()).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void requesterRequiredForTheZorgcoordinator() {
        assertThat(rule(CareQuestionRules.requesterNamed(ZC, new Requester(null, "Politie AVIM", null, null))))
                .isEqualTo("requester-required");
        assertThat(rule(CareQuestionRules.requesterNamed(ZC, new Requester(RequesterKind.KMAR, " ", null, null))))
                .isEqualTo("requester-required");
        assertThat(CareQuestionRules.requesterNamed(ZC, new Requester(RequesterKind.KMAR, "KMar Schiphol", null, null))
                .isAllowed()).isTrue();
        // an AF names no requester: they are it
        assertThat(CareQuestionRules.requesterNamed(AF, new Requester(null, null, null, null)).isAllowed()).isTrue();
    }

    @Test
    void requesterIsCallerForAnAf() {
        assertThat(rule(CareQuestionRules.requesterIsCaller(AF, new Requester(RequesterKind.PARTNER, null, null, null))))
                .isEqualTo("requester-is-caller");
        assertThat(rule(CareQuestionRules.requesterIsCaller(AF,
                new Requester(RequesterKind.AANDACHTSFUNCTIONARIS, "Gemeente Deventer", null, null))))
                .isEqualTo("requester-is-caller");
        assertThat(CareQuestionRules.requesterIsCaller(AF,
                new Requester(RequesterKind.AANDACHTSFUNCTIONARIS, "Gemeente Zwolle", null, null)).isAllowed()).isTrue();
        assertThat(CareQuestionRules.requesterIsCaller(AF, new Requester(null, null, null, null)).isAllowed()).isTrue();
    }

    @Test
    void municipalityOfCallerForAnAf() {
        assertThat(rule(CareQuestionRules.municipalityOfCaller(AF, new Requester(null, null, "GM0150", null))))
                .isEqualTo("municipality-of-caller");
        assertThat(CareQuestionRules.municipalityOfCaller(AF, new Requester(null, null, "GM0193", null)).isAllowed())
                .isTrue();
        assertThat(CareQuestionRules.municipalityOfCaller(ZC, new Requester(null, null, "GM0150", null)).isAllowed())
                .isTrue();
    }

    @Test
    void askedNotInFuture() {
        assertThat(rule(CareQuestionRules.askedNotInFuture(new Requester(null, null, null, NOW.plusSeconds(3600)), NOW)))
                .isEqualTo("asked-not-in-future");
        assertThat(CareQuestionRules.askedNotInFuture(new Requester(null, null, null, NOW.minusSeconds(3600)), NOW)
                .isAllowed()).isTrue();
        assertThat(CareQuestionRules.askedNotInFuture(new Requester(null, null, null, null), NOW).isAllowed()).isTrue();
    }
}
