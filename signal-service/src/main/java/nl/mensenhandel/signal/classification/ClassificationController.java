package nl.mensenhandel.signal.classification;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.ClassificationApi;
import nl.mensenhandel.signal.api.model.Reclassification;
import nl.mensenhandel.signal.links.SignalLinkQueries;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.SignalAccessPolicy;
import nl.mensenhandel.signal.signal.SignalApiMapper;
import nl.mensenhandel.signal.signal.Urgency;
import reactor.core.publisher.Mono;

@RestController
public class ClassificationController implements ClassificationApi {

    private final SignalClassification classification;
    private final SignalLinkQueries links;
    private final SignalAccessPolicy access;

    public ClassificationController(SignalClassification classification, SignalLinkQueries links,
            SignalAccessPolicy access) {
        this.classification = classification;
        this.links = links;
        this.access = access;
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.model.Signal>> reclassifySignal(UUID signalId,
            Mono<Reclassification> reclassification, ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(reclassification).flatMap(t -> {
            Reclassification body = t.getT2();
            Set<ExploitationForm> forms = body.getForms() == null || body.getForms().isEmpty() ? null
                    : EnumSet.copyOf(body.getForms().stream().map(f -> convert(f, ExploitationForm.class)).toList());
            var command = new SignalClassification.Command(body.getReason(), forms,
                    body.getCategories() == null ? null : List.copyOf(body.getCategories()),
                    body.getSector(), convert(body.getUrgency(), Urgency.class), body.getMunicipalityCode());
            return classification.reclassify(t.getT1(), signalId.toString(), command)
                    .zipWhen(signal -> links.linksOf(t.getT1(), signal.id()).collectList())
                    .map(s -> ResponseEntity.ok(SignalApiMapper.toApi(s.getT1(), t.getT1(), access, s.getT2())));
        });
    }
}
