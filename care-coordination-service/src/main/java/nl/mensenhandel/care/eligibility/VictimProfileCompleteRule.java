package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: a placement is requested only for a victim whose birth date, gender, nationality, residence
 * status and at least one form of exploitation are known ({@code ONBEKEND} is not known). Every later rule weighs
 * one of these facts: DOMAIN.md §5 assigns the placement types by age (JEUGDZORG for minors), residence status and
 * nationality (COSM: "international victims without residence status"), the form of exploitation
 * (CRISISOPVANG_NLA: "labour") and gender (COSM: women at Humanitas, men in Drenthe); the Rotterdam source
 * (003, "Opvang") likewise: "Slachtoffers die rechtmatig in Nederland zijn en/of een tijdelijke verblijfstatus
 * hebben, hebben recht op [...] een opvangplek". Without them a later rule would allow by not knowing.
 */
public final class VictimProfileCompleteRule extends EligibilityRule {

    public static final String NAME = "victim-profile-complete";

    public VictimProfileCompleteRule() {
        super(NAME);
    }

    @Override
    public PolicyDecision check(EligibilityRequest request) {
        VictimProfile victim = request.victim() == null ? VictimProfile.unknown() : request.victim();
        if (victim.birthDate() == null) {
            return refused("The victim's birth date is not recorded");
        }
        if (victim.gender() == null || victim.gender() == Gender.ONBEKEND) {
            return refused("The victim's gender is not recorded");
        }
        if (victim.nationality() == null || victim.nationality().isBlank()) {
            return refused("The victim's nationality is not recorded");
        }
        if (victim.residenceStatus() == null || victim.residenceStatus() == ResidenceStatus.ONBEKEND) {
            return refused("The victim's residence status is not recorded");
        }
        if (victim.exploitationForms().isEmpty()) {
            return refused("No form of exploitation is recorded for the victim");
        }
        return PolicyDecision.allowed();
    }
}
