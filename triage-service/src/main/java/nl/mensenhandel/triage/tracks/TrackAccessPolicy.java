package nl.mensenhandel.triage.tracks;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.CasusDisclosurePolicy;
import nl.mensenhandel.triage.cases.Track;
import nl.mensenhandel.triage.cases.Track.TrackType;

/**
 * Who moves a track and records the OM's consent (issue 8 §4-§5; access-matrix rows {@code transitionTrack} and
 * {@code recordOmConsent}). The table of the region and the AF of the casus' municipalities direct every track;
 * care coordination moves the care tracks it carries out, the handhaver the inspection tracks of their
 * municipalities. Only the table and the AF record that the Openbaar Ministerie agreed to share.
 */
@Component
public class TrackAccessPolicy {

    /** Rule: the table, the AF, the zorgcoordinator and the handhaver move tracks; others 403. */
    public PolicyDecision mayMoveTracks(TenantContext actor) {
        return actor.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS, Roles.ZORGCOORDINATOR, Roles.HANDHAVER)
                ? allowed()
                : rejected("move-track-requires-role", ProblemType.FORBIDDEN,
                        "Only the casustafel, the aandachtsfunctionaris, or the track's zorgcoordinator or handhaver moves a track");
    }

    /**
     * Rule: the table moves any track of the region, the AF those of casussen of their municipalities; a
     * zorgcoordinator a care track ({@code ZORGTRAJECT}, {@code ZORG_EN_STRAF}), a handhaver an
     * {@code INTEGRALE_CONTROLE} track of their municipalities. A casus the caller does not see answers 404
     * ({@link CasusDisclosurePolicy#maySee}); another track of a casus they see, 403.
     */
    public PolicyDecision movesTrack(TenantContext actor, Casus casus, Track track) {
        if (actor.hasRole(Roles.CASUSTAFEL)
                || actor.hasRole(Roles.AANDACHTSFUNCTIONARIS) && CasusDisclosurePolicy.ofTheirMunicipalities(actor, casus)) {
            return allowed();
        }
        boolean care = track.type() == TrackType.ZORGTRAJECT || track.type() == TrackType.ZORG_EN_STRAF;
        if (actor.hasRole(Roles.ZORGCOORDINATOR) && care || actor.hasRole(Roles.HANDHAVER)
                && track.type() == TrackType.INTEGRALE_CONTROLE && CasusDisclosurePolicy.ofTheirMunicipalities(actor, casus)) {
            return allowed();
        }
        return rejected("move-only-own-tracks", ProblemType.FORBIDDEN,
                "You may move only the tracks you carry out (care tracks for care coordination, inspection tracks for the handhaver)");
    }

    /** Rule: only the table and the AF record the OM's consent; others 403. */
    public PolicyDecision mayRecordOmConsent(TenantContext actor) {
        return actor.hasAnyRole(Roles.CASUSTAFEL, Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("om-consent-requires-casustafel-or-af", ProblemType.FORBIDDEN,
                        "Only the casustafel or the aandachtsfunctionaris records the OM's consent");
    }

    /** Rule: the AF records it only on casussen of their municipalities (404 otherwise); the table in the region. */
    public PolicyDecision recordsOmConsentOn(TenantContext actor, Casus casus) {
        return actor.hasRole(Roles.CASUSTAFEL) || CasusDisclosurePolicy.ofTheirMunicipalities(actor, casus)
                ? allowed()
                : rejected("om-consent-only-own-municipalities", ProblemType.NOT_FOUND, "Casus not found");
    }

    /** Rule: the OM's consent concerns the criminal information of a {@code ZORG_EN_STRAF} track only (422). */
    public PolicyDecision omConsentOnZorgEnStraf(Track track) {
        return track.type() == TrackType.ZORG_EN_STRAF ? allowed()
                : rejected("om-consent-only-on-zorg-en-straf", ProblemType.UNPROCESSABLE,
                        "The OM's consent is recorded on a ZORG_EN_STRAF track only");
    }

    /** Rule: the OM decides once; a second recording answers 409. */
    public PolicyDecision omConsentOnce(Track track) {
        return track.omConsent() == null ? allowed()
                : rejected("om-consent-once", ProblemType.ILLEGAL_TRANSITION,
                        "The OM's consent is already recorded on this track");
    }
}
