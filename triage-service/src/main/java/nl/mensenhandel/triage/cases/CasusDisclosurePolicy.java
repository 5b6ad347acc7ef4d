package nl.mensenhandel.triage.cases;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.tables.TriageConfiguration;
import nl.mensenhandel.triage.tables.TriageConfiguration.Covenant;

/**
 * Need to know per covenant (issue 8 §5; DOMAIN.md §4: "sharing needs a legal basis per participating
 * organisation; the covenant that applies depends on the track: RIEC-convenant for perpetrator/undermining
 * signals, Zorg- en Veiligheidshuis-convenant for ZVH cases. OM decides on sharing criminal information. Share
 * on need to know"). One rule per method; {@code getCase} in {@code api-specs/triage-service.yaml} states them
 * for the contract, {@code docs/triage.md} "Need to know per covenant" for people.
 * <p>
 * A casustafel member takes part as their token's {@code organisation}; the covenants it shares under are those
 * of the casus' current table ({@link TriageConfiguration.Table#covenantsOf}) — and, for a RIEC track, also those
 * of the table where the decision that opened it was taken (Heemstede: the LOO opens the RIEC case; its
 * participants keep seeing it). A caller with several roles gets what any of them allows.
 */
@Component
public class CasusDisclosurePolicy {

    /** Care tracks: their details go to care coordination and to the table under the ZVH covenant. */
    static final Set<TrackType> CARE = EnumSet.of(TrackType.ZORGTRAJECT, TrackType.ZORG_EN_STRAF);

    private static final String[] READERS = { Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS, Roles.ZORGCOORDINATOR,
            Roles.HANDHAVER, Roles.BELEIDSREGISSEUR };

    /** Rule: only the table, the AF, care coordination, the handhaver and the beleidsregisseur read a casus. */
    public PolicyDecision mayReadCases(TenantContext caller) {
        return caller.hasAnyRole(READERS) ? allowed()
                : rejected("read-case-requires-role", ProblemType.FORBIDDEN,
                        "Only casustafel, aandachtsfunctionaris, zorgcoordinator, handhaver or beleidsregisseur read a casus");
    }

    /**
     * Rule: which casussen of the region a caller sees — the table and the beleidsregisseur every one; the AF
     * those of their municipalities; the zorgcoordinator those with a care track; the handhaver those with an
     * {@code INTEGRALE_CONTROLE} track in their municipalities. Any other casus answers 404 (its existence is
     * need to know too).
     */
    public PolicyDecision maySee(TenantContext caller, Casus casus) {
        boolean sees = caller.hasAnyRole(Roles.CASUSTAFEL, Roles.BELEIDSREGISSEUR)
                || caller.hasRole(Roles.AANDACHTSFUNCTIONARIS) && ofTheirMunicipalities(caller, casus)
                || caller.hasRole(Roles.ZORGCOORDINATOR) && casus.tracks().stream().anyMatch(t -> CARE.contains(t.type()))
                || caller.hasRole(Roles.HANDHAVER) && ofTheirMunicipalities(caller, casus)
                        && casus.tracks().stream().anyMatch(t -> t.type() == TrackType.INTEGRALE_CONTROLE);
        return sees ? allowed() : rejected("case-need-to-know", ProblemType.NOT_FOUND, "Casus not found");
    }

    /** The casus concerns one of the municipalities the caller serves (lead or any other concerned). */
    public static boolean ofTheirMunicipalities(TenantContext caller, Casus casus) {
        return casus.municipalityCodes().stream().anyMatch(caller::servesMunicipality)
                || casus.municipalityCode() != null && caller.servesMunicipality(casus.municipalityCode());
    }

    /**
     * Rule: the content of the casus — the summary, persons by reference, what the acute interventions were — is
     * for the table and the AF who brought it; the others get the outline (reference, table, status,
     * municipalities, signals, dates).
     */
    public boolean seesContent(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS);
    }

    /**
     * Rule: the decisions are shown to the table (with the deliberation) and to the AF (without it); care
     * coordination, the handhaver and the beleidsregisseur work from their tracks and the outline.
     */
    public boolean seesDecisions(TenantContext caller) {
        return caller.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS);
    }

    /** Rule: the deliberation is shown to the table only (contract: Decision.deliberation). */
    public boolean seesDeliberation(TenantContext caller) {
        return caller.hasRole(Roles.CASUSTAFEL);
    }

    /**
     * Rule: a track's details — by track type: RIEC details to casustafel participants under the RIEC covenant
     * (at the casus' table or where the RIEC track was decided); care details to participants under the ZVH
     * covenant and to the zorgcoordinator; inspection details to the table's participants under a covenant and
     * to the handhaver of the municipality (never care details to a handhaver); the other tracks' details to the
     * table's participants under a covenant. The AF and the beleidsregisseur never see details.
     */
    public boolean seesDetails(TenantContext caller, Casus casus, Track track, TriageConfiguration configuration) {
        Set<Covenant> covenants = covenantsFor(caller, casus, track, configuration);
        return switch (track.type()) {
            case RIEC -> covenants.contains(Covenant.RIEC_CONVENANT);
            case ZORGTRAJECT, ZORG_EN_STRAF -> covenants.contains(Covenant.ZVH_CONVENANT)
                    || caller.hasRole(Roles.ZORGCOORDINATOR);
            case INTEGRALE_CONTROLE -> sharesUnderACovenant(covenants)
                    || caller.hasRole(Roles.HANDHAVER) && ofTheirMunicipalities(caller, casus);
            default -> sharesUnderACovenant(covenants);
        };
    }

    /**
     * Rule: the criminal information of a {@code ZORG_EN_STRAF} track is shown to nobody until the Openbaar
     * Ministerie agreed to share it ({@code recordOmConsent}), and after that to casustafel participants under the
     * ZVH covenant only (DOMAIN.md §4: "OM decides on sharing criminal information").
     */
    public boolean seesCriminalInformation(TenantContext caller, Casus casus, Track track,
            TriageConfiguration configuration) {
        return track.type() == TrackType.ZORG_EN_STRAF && track.omConsent() != null
                && covenantsFor(caller, casus, track, configuration).contains(Covenant.ZVH_CONVENANT);
    }

    /**
     * Rule: the tasks of a {@code MEER_INFORMATIE} track are work for the AF and the table: shown to the AF of the
     * casus and to whoever sees the track's details.
     */
    public boolean seesTasks(TenantContext caller, Casus casus, Track track, TriageConfiguration configuration) {
        return caller.hasRole(Roles.AANDACHTSFUNCTIONARIS) && ofTheirMunicipalities(caller, casus)
                || seesDetails(caller, casus, track, configuration);
    }

    /** A covenant is a legal basis to share; {@code GEEN} (taking part without one) is not. */
    private static boolean sharesUnderACovenant(Set<Covenant> covenants) {
        return covenants.contains(Covenant.ZVH_CONVENANT) || covenants.contains(Covenant.RIEC_CONVENANT);
    }

    /**
     * The covenants a casustafel member shares under for this track: at the casus' current table, plus — for a
     * RIEC track — at the table where its decision was taken. None for other roles or a casus without a table.
     */
    Set<Covenant> covenantsFor(TenantContext caller, Casus casus, Track track, TriageConfiguration configuration) {
        if (!caller.hasRole(Roles.CASUSTAFEL)) {
            return Set.of();
        }
        Set<Covenant> covenants = new HashSet<>();
        Optional.ofNullable(casus.table()).flatMap(table -> configuration.table(table.id()))
                .ifPresent(table -> covenants.addAll(table.covenantsOf(caller.organisation())));
        if (track.type() == TrackType.RIEC) {
            casus.decisions().stream().filter(decision -> decision.id().equals(track.decisionId())).findFirst()
                    .map(Decision::tableId).flatMap(configuration::table)
                    .ifPresent(table -> covenants.addAll(table.covenantsOf(caller.organisation())));
        }
        return covenants;
    }
}
