package nl.mensenhandel.signal.anonymous;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.time;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.audit.Access;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.signal.api.PublicApi;
import nl.mensenhandel.signal.api.model.AnonymousReceipt;
import nl.mensenhandel.signal.api.model.AnonymousReport;
import nl.mensenhandel.signal.api.model.SignalStatus;
import nl.mensenhandel.signal.api.model.SignalStatusAnswer;
import nl.mensenhandel.signal.api.model.StatusQuestion;
import reactor.core.publisher.Mono;
import nl.mensenhandel.signal.intake.IntakeApiMapper;
import nl.mensenhandel.signal.intake.SignalIntake;

/** Without an account: anonymous intake and the status check. Nothing about the caller is stored. */
@RestController
public class PublicController implements PublicApi {

    static final String STATUS_PURPOSE = "Terugkoppeling aan de anonieme melder: status van de eigen melding";

    private final SignalIntake intake;
    private final AnonymousStatusCheck statusCheck;
    private final AccessLog accessLog;

    public PublicController(SignalIntake intake, AnonymousStatusCheck statusCheck, AccessLog accessLog) {
        this.intake = intake;
        this.statusCheck = statusCheck;
        this.accessLog = accessLog;
    }

    @Override
    public Mono<ResponseEntity<AnonymousReceipt>> reportAnonymously(Mono<AnonymousReport> anonymousReport,
            @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return anonymousReport
                .flatMap(report -> intake.receiveAnonymously(IntakeApiMapper.toReport(report), idempotencyKey))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(new AnonymousReceipt()
                                .caseCode(outcome.resource().signal().anonymousAccess().caseCode())
                                .secret(outcome.resource().secret())
                                .replayed(outcome.created() ? null : true)));
    }

    @Override
    public Mono<ResponseEntity<SignalStatusAnswer>> checkSignalStatus(Mono<StatusQuestion> statusQuestion,
            ServerWebExchange exchange) {
        String clientAddress = ClientAddress.of(exchange.getRequest());
        return statusQuestion.flatMap(q -> statusCheck.check(q.getCaseCode(), q.getSecret(), clientAddress))
                // logged in the signal's region, actor "anonymous"; a wrong pair is logged as a refused call
                .flatMap(signal -> accessLog.record(Access.anonymous(signal.region(), "READ", "signal-status",
                        signal.id()).dataSubject("signal:" + signal.id()).purpose(STATUS_PURPOSE)).thenReturn(signal))
                .map(signal -> ResponseEntity.ok(new SignalStatusAnswer()
                        .caseCode(signal.anonymousAccess().caseCode())
                        // status only: an anonymous resident gets no feedback text (issue 7 capability 2)
                        .status(convert(signal.status(), SignalStatus.class))
                        .updatedAt(time(signal.updatedAt()))));
    }
}
