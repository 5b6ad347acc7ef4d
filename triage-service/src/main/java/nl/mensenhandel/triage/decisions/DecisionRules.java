package nl.mensenhandel.triage.decisions;

import static nl.mensenhandel.platform.policy.PolicyDecision.allowed;
import static nl.mensenhandel.platform.policy.PolicyDecision.rejected;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.Roles;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.triage.cases.Casus;
import nl.mensenhandel.triage.cases.Decision.DecisionForm;
import nl.mensenhandel.triage.cases.Track.TrackType;
import nl.mensenhandel.triage.decisions.DecisionRequest.TrackRequest;
import nl.mensenhandel.triage.tables.TriageConfiguration;

/**
 * The procedure of the tables for a decision (issue 8 §3-§4; DOMAIN.md §3.4 and §9 "who decides a track";
 * Heemstede's signalenoverleg → LOO, IJsselland's weeg- en monitortafel, Rotterdam's "van signaal naar
 * casuïstiek" where the AF decides). One rule per method; each rejection names its rule (422).
 */
@Component
public class DecisionRules {

    /** Without a table (Rotterdam) there is no meeting to decide in: the AF decides, or a consultation. */
    static final Set<DecisionForm> WITHOUT_TABLE = EnumSet.of(DecisionForm.AF_BESLUIT, DecisionForm.MAIL_CONSULTATIE,
            DecisionForm.SPOED_MDO);

    /** Every rule that needs no store, in the order a table would raise them; the first rejection answers. */
    public PolicyDecision check(TenantContext actor, DecisionRequest request, Casus casus,
            TriageConfiguration configuration, LocalDate today) {
        List<Supplier<PolicyDecision>> rules = List.of(
                () -> nextStepOrTracks(request),
                () -> notConfirmedStandsAlone(request),
                () -> nextStepNeedsANextTable(request, casus, configuration),
                () -> withoutTableNoMeeting(request, casus),
                () -> overlegNeedsAMeeting(request),
                () -> afDecidesOnlyWhereConfigured(request, configuration),
                () -> afBesluitByTheAf(actor, request),
                () -> closesOnlyWithoutOpenTracks(request, casus),
                () -> forEachTrack(request, this::meerInformatieNeedsTasks),
                () -> forEachTrack(request, this::tasksOnlyOnMeerInformatie),
                () -> forEachTrack(request, this::criminalInformationOnlyOnZorgEnStraf),
                () -> dueDatesNotInThePast(request, today));
        return rules.stream().map(Supplier::get).filter(decision -> !decision.isAllowed()).findFirst()
                .orElse(allowed());
    }

    /** Rule: a decision either sends the casus on to the next table or opens tracks — exactly one of the two. */
    public PolicyDecision nextStepOrTracks(DecisionRequest request) {
        return request.nextStep() != request.opensTracks() ? allowed()
                : rejected("decision-next-step-or-tracks", ProblemType.UNPROCESSABLE,
                        "A decision either sends the casus on (nextStep) or opens tracks, exactly one of the two");
    }

    /** Rule: "niet bevestigd" closes the casus, so it is the only track of its decision (DOMAIN.md §3.4). */
    public PolicyDecision notConfirmedStandsAlone(DecisionRequest request) {
        return !request.notConfirmed() || request.tracks().size() == 1 ? allowed()
                : rejected("niet-bevestigd-stands-alone", ProblemType.UNPROCESSABLE,
                        "NIET_BEVESTIGD closes the casus and cannot go with other tracks");
    }

    /**
     * Rule: the casus is sent on only where the region's steps have a table after the casus' current one
     * (Heemstede: signalenoverleg → LOO for what is "sterk genoeg" and of "integraal belang").
     */
    public PolicyDecision nextStepNeedsANextTable(DecisionRequest request, Casus casus,
            TriageConfiguration configuration) {
        return !request.nextStep() || casus.table() != null && configuration.stepAfter(casus.table().id()).isPresent()
                ? allowed()
                : rejected("next-step-needs-a-next-table", ProblemType.UNPROCESSABLE,
                        "The region's steps have no table after the casus' current one");
    }

    /**
     * Rule: a casus without a table (Rotterdam: the AF decides, with advice where needed) is decided by the AF or
     * in a consultation by mail or a spoed-MDO — never in a meeting of a table it is not at.
     */
    public PolicyDecision withoutTableNoMeeting(DecisionRequest request, Casus casus) {
        return casus.table() != null || WITHOUT_TABLE.contains(request.form()) && request.meetingId() == null
                ? allowed()
                : rejected("without-table-af-or-consultation", ProblemType.UNPROCESSABLE,
                        "A casus without a table is decided AF_BESLUIT, MAIL_CONSULTATIE or SPOED_MDO, without a meeting");
    }

    /** Rule: a decision taken in a meeting ({@code OVERLEG}) names that meeting. */
    public PolicyDecision overlegNeedsAMeeting(DecisionRequest request) {
        return request.form() != DecisionForm.OVERLEG || request.meetingId() != null ? allowed()
                : rejected("overleg-needs-a-meeting", ProblemType.UNPROCESSABLE,
                        "A decision taken in a meeting (OVERLEG) names the meeting (meetingId)");
    }

    /**
     * Rule: the AF decides alone ({@code AF_BESLUIT}) only where the region's configuration lets the AF decide
     * without a table (Rotterdam's model; DOMAIN.md §9).
     */
    public PolicyDecision afDecidesOnlyWhereConfigured(DecisionRequest request, TriageConfiguration configuration) {
        return request.form() != DecisionForm.AF_BESLUIT || configuration.afDecidesWithoutTable() ? allowed()
                : rejected("af-besluit-only-where-configured", ProblemType.UNPROCESSABLE,
                        "In this region the AF does not decide without a table");
    }

    /** Rule: an {@code AF_BESLUIT} is the aandachtsfunctionaris' own decision, recorded by them. */
    public PolicyDecision afBesluitByTheAf(TenantContext actor, DecisionRequest request) {
        return request.form() != DecisionForm.AF_BESLUIT || actor.hasRole(Roles.AANDACHTSFUNCTIONARIS) ? allowed()
                : rejected("af-besluit-by-the-af", ProblemType.UNPROCESSABLE,
                        "An AF_BESLUIT is recorded by the aandachtsfunctionaris");
    }

    /** Rule: "niet bevestigd" closes the casus, which cannot happen while tracks of it still run. */
    public PolicyDecision closesOnlyWithoutOpenTracks(DecisionRequest request, Casus casus) {
        return !request.notConfirmed() || casus.tracks().stream().allMatch(track -> track.status().ended())
                ? allowed()
                : rejected("close-only-without-open-tracks", ProblemType.UNPROCESSABLE,
                        "The casus still has open tracks; end them before closing it");
    }

    /** Rule: more information is gathered by tasks — a {@code MEER_INFORMATIE} track has at least one. */
    public PolicyDecision meerInformatieNeedsTasks(TrackRequest track) {
        return track.type() != TrackType.MEER_INFORMATIE || !track.tasks().isEmpty() ? allowed()
                : rejected("meer-informatie-needs-tasks", ProblemType.UNPROCESSABLE,
                        "A MEER_INFORMATIE track needs at least one task");
    }

    /** Rule: tasks belong to a {@code MEER_INFORMATIE} track only. */
    public PolicyDecision tasksOnlyOnMeerInformatie(TrackRequest track) {
        return track.type() == TrackType.MEER_INFORMATIE || track.tasks().isEmpty() ? allowed()
                : rejected("tasks-only-on-meer-informatie", ProblemType.UNPROCESSABLE,
                        "Only a MEER_INFORMATIE track has tasks");
    }

    /**
     * Rule: criminal information belongs to a {@code ZORG_EN_STRAF} track only (care plus ZVH process direction;
     * shown only after the OM agreed).
     */
    public PolicyDecision criminalInformationOnlyOnZorgEnStraf(TrackRequest track) {
        return track.type() == TrackType.ZORG_EN_STRAF || track.criminalInformation() == null ? allowed()
                : rejected("criminal-information-only-on-zorg-en-straf", ProblemType.UNPROCESSABLE,
                        "Only a ZORG_EN_STRAF track holds criminal information");
    }

    /** Rule: a track or task is not due before the day it is decided. */
    public PolicyDecision dueDatesNotInThePast(DecisionRequest request, LocalDate today) {
        boolean past = request.tracks().stream().anyMatch(track -> track.dueDate().isBefore(today)
                || track.tasks().stream().anyMatch(task -> task.dueDate().isBefore(today)));
        return !past ? allowed()
                : rejected("due-date-not-in-the-past", ProblemType.UNPROCESSABLE,
                        "A due date of a track or task lies in the past");
    }

    private static PolicyDecision forEachTrack(DecisionRequest request,
            java.util.function.Function<TrackRequest, PolicyDecision> rule) {
        return request.tracks().stream().map(rule).filter(decision -> !decision.isAllowed()).findFirst()
                .orElse(allowed());
    }
}
