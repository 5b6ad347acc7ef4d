package nl.mensenhandel.care.costs;

import java.util.Comparator;
import java.util.List;

import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import reactor.core.publisher.Mono;

/**
 * {@code INWONERSSLEUTEL}: each municipality's share rests on its population — the IJsselland source
 * ({@code 002_...txt} §4.4: "Bekostiging zorgcoördinator vanuit regiogemeenten met inwonersaantal als
 * verdeelsleutel"). The populations are the settings' own (checked by rule {@code populations-of-region} before).
 */
final class PopulationKey implements CostKey {

    private final MunicipalityRegistry registry;

    PopulationKey(MunicipalityRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<List<Basis>> bases(String region, int year, CostSettings settings) {
        return Mono.just(settings.populations().stream()
                .map(p -> new Basis(p.municipalityCode(), nameOf(p.municipalityCode()), p.population()))
                .sorted(Comparator.comparing(Basis::name))
                .toList());
    }

    private String nameOf(String code) {
        return registry.find(code).map(Municipality::name).orElse(code);
    }
}
