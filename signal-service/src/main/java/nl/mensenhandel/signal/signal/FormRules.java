package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejectedField;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * The rules of a signal's forms, shared by intake and reclassification (issue 7 capability 4: "a signal may
 * start with form ONBEKEND … a category suggests a form rather than forcing one").
 */
public final class FormRules {

    private FormRules() {
    }

    /** Rule: ONBEKEND (the reporter cannot tell) stands alone — "unknown" beside a known form is a contradiction. */
    public static PolicyDecision unknownFormAlone(String field, Collection<ExploitationForm> forms) {
        return forms != null && forms.contains(ExploitationForm.ONBEKEND) && forms.size() > 1
                ? rejectedField("form-onbekend-alone", field, "holds ONBEKEND beside another form; ONBEKEND stands alone")
                : allowed();
    }

    /**
     * What the categories suggest: the form each category maps onto (a regional category always maps onto one
     * of the four forms, DOMAIN.md §1), where not already among the signal's forms. A suggestion, never a form.
     */
    public static Set<ExploitationForm> suggestedForms(Collection<ExploitationForm> forms, Collection<String> categories,
            Map<String, ExploitationForm> categoryForms) {
        Set<ExploitationForm> suggested = EnumSet.noneOf(ExploitationForm.class);
        for (String category : categories) {
            ExploitationForm form = categoryForms.get(category);
            if (form != null && form.isKnown() && !forms.contains(form)) {
                suggested.add(form);
            }
        }
        return suggested;
    }
}
