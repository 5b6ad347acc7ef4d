package nl.mensenhandel.enforcement.permits;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.enforcement.api.PermitsApi;
import nl.mensenhandel.enforcement.api.model.Address;
import nl.mensenhandel.enforcement.api.model.BibobScreening;
import nl.mensenhandel.enforcement.api.model.BibobScreeningChange;
import nl.mensenhandel.enforcement.api.model.NewPermitApplication;
import nl.mensenhandel.enforcement.api.model.PageMetadata;
import nl.mensenhandel.enforcement.api.model.PermitApplicationPage;
import nl.mensenhandel.enforcement.api.model.PermitDecision;
import nl.mensenhandel.enforcement.api.model.PermitType;
import nl.mensenhandel.enforcement.premises.Premises;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The permits' operations of {@code api-specs/enforcement-service.yaml}. */
@RestController
public class PermitController implements PermitsApi {

    private final PermitApplications applications;

    public PermitController(PermitApplications applications) {
        this.applications = applications;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.PermitApplication>> applyForPermit(
            Mono<NewPermitApplication> body, String idempotencyKey, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(a -> applications.apply(caller,
                        new PermitApplications.NewApplication(a.getMunicipalityCode(), a.getPermitType().getValue(),
                                a.getApplicant(), new Premises(a.getAddress().getStreet(),
                                        a.getAddress().getHouseNumber(), a.getAddress().getPostcode(),
                                        a.getAddress().getCity()), a.getReceivedOn()), idempotencyKey)))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(toApi(outcome.resource(), applications.today())));
    }

    @Override
    public Mono<ResponseEntity<PermitApplicationPage>> listPermitApplications(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> applications.list(caller, page, size))
                .map(result -> ResponseEntity.ok(new PermitApplicationPage()
                        .items(result.items().stream().map(a -> toApi(a, applications.today())).toList())
                        .page(new PageMetadata(result.number(), result.size(), result.totalElements(),
                                result.totalPages()))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.PermitApplication>> getPermitApplication(
            UUID applicationId, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> applications.get(caller, applicationId.toString()))
                .map(a -> ResponseEntity.ok(toApi(a, applications.today())));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.PermitApplication>> putBibobScreening(
            UUID applicationId, Mono<BibobScreeningChange> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(b -> applications.screen(caller,
                        applicationId.toString(), b.getVersion(), new PermitApplication.Bibob(b.getRequestedOn(),
                                b.getAdviceDeadline(), b.getAdvice() == null ? null : b.getAdvice().getValue(),
                                b.getAdviceReceivedOn()))))
                .map(a -> ResponseEntity.ok(toApi(a, applications.today())));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.enforcement.api.model.PermitApplication>> decidePermitApplication(
            UUID applicationId, Mono<PermitDecision> body, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(d -> applications.decide(caller,
                        applicationId.toString(), d.getVersion(), PermitStatus.valueOf(d.getOutcome().getValue()),
                        d.getDecidedOn(), d.getReason())))
                .map(a -> ResponseEntity.ok(toApi(a, applications.today())));
    }

    static nl.mensenhandel.enforcement.api.model.PermitApplication toApi(PermitApplication a, java.time.LocalDate today) {
        nl.mensenhandel.enforcement.api.model.PermitApplication api =
                new nl.mensenhandel.enforcement.api.model.PermitApplication()
                        .id(UUID.fromString(a.id())).region(a.region()).municipalityCode(a.municipalityCode())
                        .permitType(PermitType.fromValue(a.permitType())).applicant(a.applicant())
                        .receivedOn(a.receivedOn())
                        .status(nl.mensenhandel.enforcement.api.model.PermitApplication.StatusEnum
                                .fromValue(a.status().name()))
                        .version(a.version()).decidedOn(a.decidedOn()).reason(a.reason());
        if (a.address() != null) {
            api.address(new Address().street(a.address().street()).houseNumber(a.address().houseNumber())
                    .postcode(a.address().postcode()).city(a.address().city()));
        }
        if (a.bibob() != null) {
            api.bibob(new BibobScreening().requestedOn(a.bibob().requestedOn())
                    .adviceDeadline(a.bibob().adviceDeadline())
                    .advice(a.bibob().advice() == null ? null : BibobScreening.AdviceEnum.fromValue(a.bibob().advice()))
                    .adviceReceivedOn(a.bibob().adviceReceivedOn()).overdue(a.bibob().overdue(today)));
        }
        return api;
    }
}
