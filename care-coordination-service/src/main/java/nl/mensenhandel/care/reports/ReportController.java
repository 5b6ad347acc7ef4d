package nl.mensenhandel.care.reports;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.ReportsApi;
import nl.mensenhandel.care.api.model.ComenshaPlacement;
import nl.mensenhandel.care.api.model.ComenshaVictim;
import nl.mensenhandel.care.api.model.Destination;
import nl.mensenhandel.care.api.model.ExploitationForm;
import nl.mensenhandel.care.api.model.Gender;
import nl.mensenhandel.care.api.model.PlacementStatus;
import nl.mensenhandel.care.api.model.PlacementType;
import nl.mensenhandel.care.api.model.ResidenceStatus;
import nl.mensenhandel.care.api.model.TrajectoryStatus;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Mono;

/** The CoMensha report of {@code api-specs/care-coordination-service.yaml} (tag {@code reports}), JSON and CSV. */
@RestController
public class ReportController implements ReportsApi {

    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ComenshaReports reports;

    public ReportController(ComenshaReports reports) {
        this.reports = reports;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.care.api.model.ComenshaReport>> getComenshaReport(LocalDate from,
            LocalDate to, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> reports.report(caller, from, to))
                .map(report -> ResponseEntity.ok(toApi(report)));
    }

    @Override
    public Mono<ResponseEntity<String>> getComenshaReportCsv(LocalDate from, LocalDate to,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> reports.report(caller, from, to))
                .map(report -> ResponseEntity.ok().contentType(CSV)
                        .header("Content-Disposition", "attachment; filename=\"comensha-" + report.region() + "-"
                                + from + "-" + to + ".csv\"")
                        .body(ComenshaCsv.of(report)));
    }

    static nl.mensenhandel.care.api.model.ComenshaReport toApi(ComenshaReport r) {
        return new nl.mensenhandel.care.api.model.ComenshaReport()
                .region(r.region())
                .from(r.from())
                .to(r.to())
                .generatedAt(r.generatedAt().atOffset(ZoneOffset.UTC))
                .victims(r.victims().stream().map(ReportController::toApi).toList());
    }

    private static ComenshaVictim toApi(ReportedVictim v) {
        return new ComenshaVictim()
                .pseudonym(v.pseudonym())
                .gender(v.gender() == null ? null : Gender.fromValue(v.gender().name()))
                .ageGroup(ComenshaVictim.AgeGroupEnum.fromValue(v.ageGroup().label()))
                .nationality(v.nationality())
                .residenceStatus(v.residenceStatus() == null ? null
                        : ResidenceStatus.fromValue(v.residenceStatus().name()))
                .exploitationForms(v.exploitationForms().stream().map(f -> ExploitationForm.fromValue(f.name()))
                        .toList())
                .responsibleMunicipalityCode(v.responsibleMunicipalityCode())
                .trajectoryStatus(TrajectoryStatus.fromValue(v.trajectoryStatus().name()))
                .openedAt(v.openedAt() == null ? null : v.openedAt().atOffset(ZoneOffset.UTC))
                .placements(v.placements().stream().map(p -> new ComenshaPlacement()
                        .placementType(PlacementType.fromValue(p.placementType().name()))
                        .status(PlacementStatus.fromValue(p.status().name()))
                        .startedAt(p.startedAt() == null ? null : p.startedAt().atOffset(ZoneOffset.UTC))
                        .endedAt(p.endedAt() == null ? null : p.endedAt().atOffset(ZoneOffset.UTC))
                        .destination(p.destination() == null ? null : Destination.fromValue(p.destination().name())))
                        .toList());
    }
}
