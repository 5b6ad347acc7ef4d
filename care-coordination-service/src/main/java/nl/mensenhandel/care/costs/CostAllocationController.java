package nl.mensenhandel.care.costs;

import java.math.BigDecimal;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.CostsApi;
import nl.mensenhandel.care.api.model.CostAllocation;
import nl.mensenhandel.care.api.model.CostAllocationMethod;
import nl.mensenhandel.care.api.model.CostAllocationSettings;
import nl.mensenhandel.care.api.model.CostRounding;
import nl.mensenhandel.care.api.model.CostShare;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The cost key of {@code api-specs/care-coordination-service.yaml} (tag {@code costs}). Money is a decimal string. */
@RestController
public class CostAllocationController implements CostsApi {

    private final CostAllocations allocations;

    public CostAllocationController(CostAllocations allocations) {
        this.allocations = allocations;
    }

    @Override
    public Mono<ResponseEntity<CostAllocation>> getCostAllocation(Integer year, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> allocations.get(caller, year))
                .map(allocation -> ResponseEntity.ok(toApi(allocation)));
    }

    @Override
    public Mono<ResponseEntity<CostAllocation>> putCostAllocation(Integer year, Mono<CostAllocationSettings> body,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.map(CostAllocationController::settings)
                .flatMap(settings -> allocations.put(caller, year, settings)))
                .map(allocation -> ResponseEntity.ok(toApi(allocation)));
    }

    static CostSettings settings(CostAllocationSettings s) {
        return new CostSettings(AllocationMethod.valueOf(s.getMethod().getValue()), new BigDecimal(s.getTotalAmount()),
                s.getRounding() == null ? null : Rounding.valueOf(s.getRounding().getValue()),
                s.getCentrumgemeenteCode(),
                s.getPopulations() == null ? null
                        : s.getPopulations().stream()
                                .map(p -> new Population(p.getMunicipalityCode(), p.getPopulation()))
                                .toList());
    }

    static CostAllocation toApi(Allocation a) {
        return new CostAllocation()
                .region(a.region())
                .year(a.year())
                .method(CostAllocationMethod.fromValue(a.method().name()))
                .rounding(CostRounding.fromValue(a.rounding().name()))
                .totalAmount(money(a.totalAmount()))
                .basisTotal(a.basisTotal())
                .shares(a.shares().stream().map(s -> new CostShare()
                        .municipalityCode(s.municipalityCode())
                        .name(s.name())
                        .basis(s.basis())
                        .percentage(s.percentage().toPlainString())
                        .amount(money(s.amount()))).toList())
                .sumOfAmounts(money(a.sumOfAmounts()))
                .roundingDifference(money(a.roundingDifference()));
    }

    /** Two decimals, never an exponent: {@code 19701.30}. */
    static String money(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
