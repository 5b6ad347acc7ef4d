package nl.mensenhandel.care.placements;

import java.time.ZoneOffset;
import java.util.UUID;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.care.api.model.PageMetadata;
import nl.mensenhandel.care.api.model.PlacementPage;

/** Between the generated contract models and the stored placement. */
final class PlacementApiMapper {

    private PlacementApiMapper() {
    }

    static nl.mensenhandel.care.api.model.Placement toApi(Placement p) {
        return new nl.mensenhandel.care.api.model.Placement()
                .id(UUID.fromString(p.id()))
                .region(p.region())
                .placementType(nl.mensenhandel.care.api.model.PlacementType.fromValue(p.placementType().name()))
                .providerId(p.providerId())
                .locationId(p.locationId())
                .requestedAt(p.createdAt() == null ? null : p.createdAt().atOffset(ZoneOffset.UTC))
                .status(nl.mensenhandel.care.api.model.PlacementStatus.fromValue(p.status().name()))
                .responsibleMunicipalityCode(p.responsibleMunicipalityCode())
                .startedAt(p.startedAt() == null ? null : p.startedAt().atOffset(ZoneOffset.UTC));
    }

    static PlacementPage toApi(Paged<Placement> page) {
        return new PlacementPage()
                .items(page.items().stream().map(PlacementApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
