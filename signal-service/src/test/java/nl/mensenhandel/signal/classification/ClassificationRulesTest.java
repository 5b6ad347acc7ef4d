package nl.mensenhandel.signal.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.FormRules;
import nl.mensenhandel.signal.signal.SignalStatus;

/** The rules of reclassification and of forms, each by its name. */
class ClassificationRulesTest {

    static TenantContext sharedAf() {
        return new TenantContext("af-sub", "af.oostzaan-wormerland", "zaanstreek-waterland", Set.of("GM0431", "GM0880"),
                "Gemeente Oostzaan", null, Set.of("aandachtsfunctionaris"));
    }

    @Test
    void reclassifyOpenSignal() {
        assertThat(ClassificationRules.reclassifyOpenSignal(SignalStatus.ONTVANGEN).isAllowed()).isTrue();
        assertThat(ClassificationRules.reclassifyOpenSignal(SignalStatus.IN_VERRIJKING).isAllowed()).isTrue();
        assertThat(ClassificationRules.reclassifyOpenSignal(SignalStatus.TER_WEGING).isAllowed()).isTrue();
        for (SignalStatus result : List.of(SignalStatus.DOORGELEID, SignalStatus.AFGESLOTEN)) {
            assertThat(ClassificationRules.reclassifyOpenSignal(result)).isInstanceOfSatisfying(
                    PolicyDecision.Rejected.class, r -> {
                        assertThat(r.rule()).isEqualTo("reclassify-open-signal");
                        assertThat(r.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                    });
        }
    }

    @Test
    void municipalityChangeWithinOwnAf() {
        assertThat(ClassificationRules.municipalityChangeWithinOwnAf(sharedAf(), "GM0880").isAllowed()).isTrue();
        assertThat(ClassificationRules.municipalityChangeWithinOwnAf(sharedAf(), null).isAllowed()).isTrue();
        assertThat(ClassificationRules.municipalityChangeWithinOwnAf(sharedAf(), "GM0479")).isInstanceOfSatisfying(
                PolicyDecision.Rejected.class, r -> {
                    assertThat(r.rule()).isEqualTo("municipality-change-within-own-af");
                    assertThat(r.field()).isEqualTo("municipalityCode");
                    assertThat(r.detail()).contains("hand-over");
                });
    }

    @Test
    void formOnbekendAlone() {
        assertThat(FormRules.unknownFormAlone("forms", Set.of(ExploitationForm.ONBEKEND)).isAllowed()).isTrue();
        assertThat(FormRules.unknownFormAlone("forms", Set.of(ExploitationForm.ARBEID, ExploitationForm.SEKSUEEL))
                .isAllowed()).isTrue();
        assertThat(FormRules.unknownFormAlone("forms", null).isAllowed()).isTrue();
        assertThat(FormRules.unknownFormAlone("forms", Set.of(ExploitationForm.ONBEKEND, ExploitationForm.ARBEID)))
                .isInstanceOfSatisfying(PolicyDecision.Rejected.class, r -> {
                    assertThat(r.rule()).isEqualTo("form-onbekend-alone");
                    assertThat(r.field()).isEqualTo("forms");
                });
    }

    @Test
    void aCategorySuggestsItsFormWhereNotAlreadyAForm() {
        Map<String, ExploitationForm> categoryForms = Map.of("MONEY_MULES", ExploitationForm.CRIMINEEL,
                "LOVERBOY", ExploitationForm.SEKSUEEL);
        assertThat(FormRules.suggestedForms(Set.of(ExploitationForm.ONBEKEND), List.of("MONEY_MULES", "LOVERBOY"),
                categoryForms)).containsExactlyInAnyOrder(ExploitationForm.CRIMINEEL, ExploitationForm.SEKSUEEL);
        assertThat(FormRules.suggestedForms(Set.of(ExploitationForm.CRIMINEEL), List.of("MONEY_MULES"), categoryForms))
                .isEmpty();
        assertThat(FormRules.suggestedForms(Set.of(ExploitationForm.ARBEID), List.of(), categoryForms)).isEmpty();
    }

    @Test
    void visibleToFollowsTheNewMunicipalityAndKeepsTheResidence() {
        assertThat(SignalClassification.visibleTo("GM0880", "GM0479")).containsExactly("GM0880", "GM0479");
        assertThat(SignalClassification.visibleTo("GM0880", "GM0880")).containsExactly("GM0880");
        assertThat(SignalClassification.visibleTo("GM0880", null)).containsExactly("GM0880");
    }
}
