package nl.mensenhandel.care.eligibility;

import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.trajectories.ResidenceStatus;
import nl.mensenhandel.care.trajectories.VictimProfile;
import nl.mensenhandel.platform.policy.PolicyDecision;

/**
 * Rule {@value #NAME}: {@code COSM} (categorale opvang) is only for a foreign victim (nationality not
 * {@value #DUTCH}) whose residence status is known and not lawful ({@code BEDENKTIJD},
 * {@code GEEN_RECHTMATIG_VERBLIJF}). Sources: DOMAIN.md §5 ({@code COSM}: "international victims without residence
 * status"); the Rotterdam source (003, "Opvang"): "Voor internationale slachtoffers van mensenhandel, zonder
 * verblijfstatus, is landelijke de Categorale Opvang voor Slachtoffers van Mensenhandel (COSM) georganiseerd" —
 * lawfully resident ("nationale") victims go to specialised or regular shelter instead.
 */
public final class CosmOnlyWithoutLawfulResidenceRule extends EligibilityRule.ForType {

    public static final String NAME = "cosm-only-without-lawful-residence";
    /** ISO 3166-1 alpha-2 of the Netherlands, as the profile records nationality. */
    static final String DUTCH = "NL";

    public CosmOnlyWithoutLawfulResidenceRule() {
        super(NAME, PlacementType.COSM);
    }

    @Override
    PolicyDecision checkType(EligibilityRequest request) {
        VictimProfile victim = request.victim() == null ? VictimProfile.unknown() : request.victim();
        boolean foreign = victim.nationality() != null && !victim.nationality().isBlank()
                && !DUTCH.equalsIgnoreCase(victim.nationality().strip());
        ResidenceStatus status = victim.residenceStatus();
        boolean withoutLawfulResidence = status != null && status != ResidenceStatus.ONBEKEND && !status.lawful();
        return foreign && withoutLawfulResidence ? PolicyDecision.allowed()
                : refused("COSM is only for a foreign victim without lawful residence");
    }
}
