package nl.mensenhandel.monitor.municipalities;

import nl.mensenhandel.monitor.api.model.MunicipalityPage;
import nl.mensenhandel.monitor.api.model.PageMetadata;
import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.tenancy.Municipality;

/** Between the generated contract models and the platform's reference data. */
final class MunicipalityApiMapper {

    private MunicipalityApiMapper() {
    }

    static nl.mensenhandel.monitor.api.model.Municipality toApi(Municipality m) {
        return new nl.mensenhandel.monitor.api.model.Municipality()
                .code(m.code())
                .name(m.name())
                .region(m.region())
                .population(m.population());
    }

    static MunicipalityPage toApi(Paged<Municipality> page) {
        return new MunicipalityPage()
                .items(page.items().stream().map(MunicipalityApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
