package nl.mensenhandel.signal.reporter;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.time;
import static nl.mensenhandel.signal.contract.ApiMapping.uuid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.ReporterApi;
import nl.mensenhandel.signal.api.model.PageMetadata;
import nl.mensenhandel.signal.api.model.ReporterSignal;
import nl.mensenhandel.signal.api.model.ReporterSignalPage;
import nl.mensenhandel.signal.api.model.SignalStatus;
import nl.mensenhandel.signal.api.model.FeedbackChannel;
import nl.mensenhandel.signal.api.model.ReporterFeedback;
import nl.mensenhandel.signal.signal.Signal;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.signal.SignalQueries;

/**
 * A reporter's own signals: status and feedback only — never enrichment, persons or the description. The
 * feedback history shows what this reporter was told, when and to which address, not which AF wrote it.
 */
@RestController
public class ReporterController implements ReporterApi {

    private final SignalQueries queries;

    public ReporterController(SignalQueries queries) {
        this.queries = queries;
    }

    @Override
    public Mono<ResponseEntity<ReporterSignalPage>> listMyReportedSignals(Integer page, Integer size,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(reporter -> queries.reportedBy(reporter, page, size))
                .map(result -> ResponseEntity.ok(new ReporterSignalPage()
                        .items(result.items().stream().map(s -> new ReporterSignal()
                                .id(uuid(s.id())).region(s.region()).municipalityCode(s.municipalityCode())
                                .status(convert(s.status(), SignalStatus.class)).feedback(s.feedback())
                                .feedbackHistory(ownFeedback(s))
                                .createdAt(time(s.createdAt())).updatedAt(time(s.updatedAt()))).toList())
                        .page(new PageMetadata(page, size, result.totalElements(), result.totalPages()))));
    }

    private static java.util.List<ReporterFeedback> ownFeedback(Signal s) {
        return s.feedbackHistory() == null ? java.util.List.of() : s.feedbackHistory().stream()
                .map(f -> new ReporterFeedback().result(convert(f.result(), SignalStatus.class)).text(f.text())
                        .channels(f.channels() == null ? java.util.List.of()
                                : f.channels().stream().map(c -> convert(c, FeedbackChannel.class)).toList())
                        .sentTo(f.recipient()).at(time(f.at())))
                .toList();
    }
}
