package nl.mensenhandel.monitor.figures;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.api.model.AreaKind;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.areas.MonitorArea;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * The region and its municipalities, without configured groupings: used only while no other {@link AreaCatalogue}
 * is present ({@link Fallback}); the areas package's catalogue (with the configured groupings) replaces it.
 */
@Component
@Fallback
class RegionAreas implements AreaCatalogue {

    private final MunicipalityRegistry registry;

    RegionAreas(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public List<MonitorArea> of(String region) {
        List<Municipality> municipalities = registry.inRegion(region).stream()
                .sorted(Comparator.comparing(Municipality::code)).toList();
        List<MonitorArea> areas = new ArrayList<>();
        areas.add(new MonitorArea(region, region, AreaKind.REGIO,
                municipalities.stream().map(Municipality::code).toList()));
        municipalities.forEach(m -> areas.add(new MonitorArea(m.code(), m.name(), AreaKind.GEMEENTE, List.of(m.code()))));
        return areas;
    }

    @Override
    public Optional<MonitorArea> find(String region, String id) {
        return of(region).stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
