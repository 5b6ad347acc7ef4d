package nl.mensenhandel.care.costs;

import java.util.List;

import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * {@code CENTRUMGEMEENTE}: one municipality pays all (issue 9 §8; the centrumgemeente of a Wmo 2015 region). One share
 * with basis 1: the whole total, 100.00 %. Rule {@code centrumgemeente-of-region} has checked the code before.
 */
final class CentrumgemeenteKey implements CostKey {

    private final MunicipalityRegistry registry;

    CentrumgemeenteKey(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<List<Basis>> bases(String region, int year, CostSettings settings) {
        String code = settings.centrumgemeenteCode();
        return Mono.just(List.of(new Basis(code, registry.find(code).map(Municipality::name).orElse(code), 1)));
    }
}
