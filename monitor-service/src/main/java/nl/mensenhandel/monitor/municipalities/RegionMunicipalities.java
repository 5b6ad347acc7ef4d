package nl.mensenhandel.monitor.municipalities;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * The municipalities of the caller's region, from the platform's reference data: what the monitor
 * reports on, with populations for rates per inhabitant. Reference data, no personal data: not
 * access-logged.
 */
@Service
public class RegionMunicipalities {

    private static final Comparator<Municipality> BY_NAME = Comparator.comparing(Municipality::name)
            .thenComparing(Municipality::code);

    private final MonitorAccessPolicy access;
    private final MunicipalityRegistry registry;

    public RegionMunicipalities(MonitorAccessPolicy access, MunicipalityRegistry registry) {
        this.access = access;
        this.registry = registry;
    }

    public Mono<Paged<Municipality>> list(TenantContext caller, int page, int size) {
        return access.mayRead(caller).enforce(caller).map(c -> {
            List<Municipality> all = registry.inRegion(caller.region()).stream().sorted(BY_NAME).toList();
            List<Municipality> items = all.stream().skip((long) page * size).limit(size).toList();
            return new Paged<>(items, page, size, all.size());
        });
    }
}
