package nl.mensenhandel.triage.cases;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.triage.api.model.CasusPage;
import nl.mensenhandel.triage.api.model.CasusTable;
import nl.mensenhandel.triage.api.model.PageMetadata;

/** Between the generated contract models and the stored casus. */
final class CasusApiMapper {

    private CasusApiMapper() {
    }

    static nl.mensenhandel.triage.api.model.Casus toApi(Casus c) {
        return new nl.mensenhandel.triage.api.model.Casus()
                .id(UUID.fromString(c.id()))
                .region(c.region())
                .municipalityCode(c.municipalityCode())
                .status(nl.mensenhandel.triage.api.model.CasusStatus.fromValue(c.status().name()))
                .signalIds(c.signalIds() == null ? new LinkedHashSet<>()
                        : c.signalIds().stream().map(UUID::fromString)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .reference(c.reference())
                .table(c.table() == null ? null : new CasusTable(c.table().id(), c.table().name()))
                .municipalityCodes(c.municipalityCodes())
                .summary(c.summary())
                .createdAt(c.createdAt().atOffset(ZoneOffset.UTC));
    }

    static CasusPage toApi(Paged<Casus> page) {
        return new CasusPage()
                .items(page.items().stream().map(CasusApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
