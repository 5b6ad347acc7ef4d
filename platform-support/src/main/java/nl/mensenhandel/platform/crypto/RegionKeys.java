package nl.mensenhandel.platform.crypto;

import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.config.Secrets;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** Reads the region keysets of one kind from the environment, failing closed (see {@link Secrets}). */
final class RegionKeys {

    private RegionKeys() {
    }

    static RegionKeysets load(Environment environment, KeyKind kind) {
        Set<String> regions = servedRegions();
        String configured = Secrets.require(environment, kind.property, kind.variable,
                DevelopmentKeys.json(kind, regions));
        return RegionKeysets.parse(kind, configured).requireRegions(regions);
    }

    /** Every region of the reference data: the instance serves them all, so each needs its keys. */
    static Set<String> servedRegions() {
        Set<String> regions = new TreeSet<>();
        MunicipalityRegistry.load().all().stream().map(Municipality::region).forEach(regions::add);
        return regions;
    }
}
