package nl.mensenhandel.enforcement.inspections;

import java.time.ZoneOffset;
import java.util.UUID;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.enforcement.api.model.InspectionPage;
import nl.mensenhandel.enforcement.api.model.PageMetadata;

/** Between the generated contract models and the stored inspection. */
final class InspectionApiMapper {

    private InspectionApiMapper() {
    }

    static nl.mensenhandel.enforcement.api.model.Inspection toApi(Inspection i) {
        return new nl.mensenhandel.enforcement.api.model.Inspection()
                .id(UUID.fromString(i.id()))
                .region(i.region())
                .municipalityCode(i.municipalityCode())
                .inspectionType(nl.mensenhandel.enforcement.api.model.InspectionType.fromValue(i.inspectionType().name()))
                .inspectedAt(i.inspectedAt() == null ? null : i.inspectedAt().atOffset(ZoneOffset.UTC))
                .status(nl.mensenhandel.enforcement.api.model.InspectionStatus.fromValue(i.status().name()));
    }

    static InspectionPage toApi(Paged<Inspection> page) {
        return new InspectionPage()
                .items(page.items().stream().map(InspectionApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
