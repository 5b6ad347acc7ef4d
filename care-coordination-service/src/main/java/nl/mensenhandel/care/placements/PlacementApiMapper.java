package nl.mensenhandel.care.placements;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import nl.mensenhandel.care.api.model.PageMetadata;
import nl.mensenhandel.care.api.model.PlacementPage;
import nl.mensenhandel.care.api.model.ProviderView;
import nl.mensenhandel.care.eligibility.EligibilityOverride;
import nl.mensenhandel.care.placements.PlacementLifecycle.Departure;
import nl.mensenhandel.care.placements.PlacementRules.Answer;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.care.trajectories.StatusChange;
import nl.mensenhandel.platform.mongo.Paged;

/**
 * Between the generated contract models and the stored placement. Two views (need to know, contract
 * {@code Placement}): the zorgcoördinator's, whole; the provider's, without the trajectory, the responsible
 * municipality, the override and the CoMensha reference — of the victim only {@code forProvider}.
 */
final class PlacementApiMapper {

    /** Which view of a placement the caller gets. */
    enum View {
        COORDINATOR, PROVIDER
    }

    private PlacementApiMapper() {
    }

    static nl.mensenhandel.care.api.model.Placement toApi(Placement p, View view) {
        var api = new nl.mensenhandel.care.api.model.Placement()
                .id(UUID.fromString(p.id()))
                .region(p.region())
                .placementType(nl.mensenhandel.care.api.model.PlacementType.fromValue(p.placementType().name()))
                .providerId(p.providerId())
                .locationId(p.locationId())
                .status(nl.mensenhandel.care.api.model.PlacementStatus.fromValue(p.status().name()))
                .statusHistory(p.statusHistory().stream().map(PlacementApiMapper::toApi).toList())
                .requestedAt(time(p.createdAt()))
                .reservedUntil(time(p.reservedUntil()))
                .forProvider(new ProviderView()
                        .gender(p.victimGender() == null ? null
                                : nl.mensenhandel.care.api.model.Gender.fromValue(p.victimGender().name()))
                        .age(p.victimAge())
                        .informationForProvider(p.informationForProvider()))
                .declineReason(p.declineReason() == null ? null
                        : nl.mensenhandel.care.api.model.DeclineReason.fromValue(p.declineReason().name()))
                .contraIndication(p.contraIndication() == null ? null
                        : nl.mensenhandel.care.api.model.ContraIndication.fromValue(p.contraIndication().name()))
                .declineNote(p.declineNote())
                .startedAt(time(p.startedAt()))
                .plannedEndAt(time(p.plannedEndAt()))
                .endedAt(time(p.endedAt()))
                .destination(p.destination() == null ? null
                        : nl.mensenhandel.care.api.model.Destination.fromValue(p.destination().name()))
                .followUpPlacementId(p.followUpPlacementId() == null ? null : UUID.fromString(p.followUpPlacementId()));
        if (view == View.COORDINATOR) {
            api.trajectoryId(p.trajectoryId() == null ? null : UUID.fromString(p.trajectoryId()))
                    .responsibleMunicipalityCode(p.responsibleMunicipalityCode())
                    .comenshaReference(p.comenshaReference())
                    .override(p.override() == null ? null : new nl.mensenhandel.care.api.model.EligibilityOverride()
                            .rule(nl.mensenhandel.care.api.model.EligibilityOverride.RuleEnum.fromValue(
                                    p.override().rule()))
                            .reason(p.override().reason()));
        }
        return api;
    }

    static PlacementPage toApi(Paged<Placement> page, View view) {
        return new PlacementPage()
                .items(page.items().stream().map(p -> toApi(p, view)).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }

    static PlacementRequests.Request fromApi(nl.mensenhandel.care.api.model.NewPlacement body) {
        return new PlacementRequests.Request(PlacementType.valueOf(body.getPlacementType().getValue()),
                body.getProviderId(), body.getLocationId(), body.getComenshaReference(),
                body.getOverride() == null ? null
                        : new EligibilityOverride(body.getOverride().getRule().getValue(), body.getOverride().getReason()),
                body.getInformationForProvider());
    }

    static Answer fromApi(nl.mensenhandel.care.api.model.PlacementDecision body) {
        return new Answer(body.getDecision() == nl.mensenhandel.care.api.model.PlacementDecision.DecisionEnum.ACCEPTEREN,
                body.getDeclineReason() == null ? null : DeclineReason.valueOf(body.getDeclineReason().getValue()),
                body.getContraIndication() == null ? null
                        : ContraIndication.valueOf(body.getContraIndication().getValue()),
                body.getNote());
    }

    static Departure fromApi(nl.mensenhandel.care.api.model.PlacementDeparture body) {
        return new Departure(body.getDepartedAt().toInstant(), Destination.valueOf(body.getDestination().getValue()),
                body.getFollowUpPlacementId() == null ? null : body.getFollowUpPlacementId().toString());
    }

    private static nl.mensenhandel.care.api.model.StatusChange toApi(StatusChange change) {
        return new nl.mensenhandel.care.api.model.StatusChange().status(change.status()).at(time(change.at()))
                .by(change.by()).reason(change.reason());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
