package nl.mensenhandel.enforcement.designations;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.DesignationsApi;
import nl.mensenhandel.enforcement.api.model.DesignationChange;
import nl.mensenhandel.enforcement.api.model.DesignationOverview;
import nl.mensenhandel.enforcement.api.model.MandateChange;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/** The designations contract: aanwijzingsbesluiten and mandates per municipality of the caller's region. */
@RestController
public class DesignationController implements DesignationsApi {

    private final DesignationRegister register;
    private final DesignationAccessPolicy access;
    private final MunicipalityRegistry municipalities = MunicipalityRegistry.load();

    public DesignationController(DesignationRegister register, DesignationAccessPolicy access) {
        this.register = register;
        this.access = access;
    }

    @Override
    public Mono<ResponseEntity<DesignationOverview>> listDesignations(ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> access.mayList(caller).enforce(caller))
                .flatMap(caller -> register.overview(caller, access.visibleMunicipalities(caller).orElse(null)))
                .map(overview -> ResponseEntity.ok(new DesignationOverview()
                        .designations(overview.designations().stream().map(DesignationController::toApi).toList())
                        .mandates(overview.mandates().stream().map(DesignationController::toApi).toList())));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Designation>> putDesignation(
            String municipalityCode, String username, Mono<DesignationChange> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> access.mayRecord(caller).enforce(caller))
                .flatMap(caller -> ownMunicipality(caller, municipalityCode))
                .zipWith(body)
                .flatMap(both -> {
                    DesignationChange change = both.getT2();
                    if (change.getValidUntil() != null && change.getValidUntil().isBefore(change.getValidFrom())) {
                        return Mono.error(ApiProblem.invalidField("validUntil", "must not be before validFrom"));
                    }
                    String underMandateOf = change.getUnderMandateOf() == null || change.getUnderMandateOf().isBlank()
                            ? null : change.getUnderMandateOf();
                    return register.put(both.getT1(), new Designation(null, both.getT1().region(), municipalityCode,
                            username, change.getDesignatedBy().getValue(), underMandateOf,
                            change.getDecisionReference(), change.getValidFrom(), change.getValidUntil(), null, null));
                })
                .map(saved -> ResponseEntity.ok(toApi(saved)));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.Mandate>> putMandate(String municipalityCode,
            Mono<MandateChange> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> access.mayRecord(caller).enforce(caller))
                .flatMap(caller -> ownMunicipality(caller, municipalityCode))
                .zipWith(body)
                .flatMap(both -> {
                    MandateChange change = both.getT2();
                    if (change.getValidUntil() != null && change.getValidUntil().isBefore(change.getValidFrom())) {
                        return Mono.error(ApiProblem.invalidField("validUntil", "must not be before validFrom"));
                    }
                    List<String> tasks = change.getTasks().stream().map(t -> t.getValue()).sorted().toList();
                    return register.put(both.getT1(), new Mandate(municipalityCode, both.getT1().region(),
                            municipalityCode, change.getOrganisation(), change.getDecisionReference(),
                            change.getValidFrom(), change.getValidUntil(), tasks, null, null));
                })
                .map(saved -> ResponseEntity.ok(toApi(saved)));
    }

    /** A municipality of another region (or none) is not found: nothing says whether it exists elsewhere. */
    private Mono<TenantContext> ownMunicipality(TenantContext caller, String municipalityCode) {
        return municipalities.belongsToRegion(municipalityCode, caller.region()) ? Mono.just(caller)
                : Mono.error(ApiProblem.notFound("Municipality"));
    }

    static nl.mensenhandel.enforcement.api.model.Designation toApi(Designation d) {
        return new nl.mensenhandel.enforcement.api.model.Designation()
                .municipalityCode(d.municipalityCode())
                .username(d.username())
                .designatedBy(nl.mensenhandel.enforcement.api.model.Designation.DesignatedByEnum.fromValue(d.designatedBy()))
                .underMandateOf(d.underMandateOf())
                .decisionReference(d.decisionReference())
                .validFrom(d.validFrom())
                .validUntil(d.validUntil());
    }

    static nl.mensenhandel.enforcement.api.model.Mandate toApi(Mandate m) {
        return new nl.mensenhandel.enforcement.api.model.Mandate()
                .municipalityCode(m.municipalityCode())
                .organisation(m.organisation())
                .decisionReference(m.decisionReference())
                .validFrom(m.validFrom())
                .validUntil(m.validUntil())
                .tasks(m.tasks().stream().map(nl.mensenhandel.enforcement.api.model.Mandate.TasksEnum::fromValue).toList());
    }
}
