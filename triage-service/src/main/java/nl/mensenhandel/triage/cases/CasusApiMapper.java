package nl.mensenhandel.triage.cases;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.mongo.Paged;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.triage.api.model.NewCasus;
import reactor.core.publisher.Mono;
import nl.mensenhandel.triage.api.model.CasusPage;
import nl.mensenhandel.triage.api.model.CasusTable;
import nl.mensenhandel.triage.api.model.PageMetadata;

/** Between the generated contract models and the stored casus. */
final class CasusApiMapper {

    private CasusApiMapper() {
    }

    static nl.mensenhandel.triage.api.model.Casus toApi(Casus c) {
        return new nl.mensenhandel.triage.api.model.Casus()
                .id(UUID.fromString(c.id()))
                .region(c.region())
                .municipalityCode(c.municipalityCode())
                .status(nl.mensenhandel.triage.api.model.CasusStatus.fromValue(c.status().name()))
                .signalIds(c.signalIds() == null ? new LinkedHashSet<>()
                        : c.signalIds().stream().map(UUID::fromString)
                                .collect(Collectors.toCollection(LinkedHashSet::new)))
                .reference(c.reference())
                .table(c.table() == null ? null : new CasusTable(c.table().id(), c.table().name()))
                .municipalityCodes(c.municipalityCodes())
                .summary(c.summary())
                .createdAt(c.createdAt().atOffset(ZoneOffset.UTC))
                .urgent(c.urgent())
                .acuteInterventions(c.acuteInterventions().stream().map(CasusApiMapper::toApi).toList())
                .personRefs(c.personRefs());
    }

    // --- urgent path and persons by reference (issue 8 §7) ---

    static nl.mensenhandel.triage.api.model.AcuteIntervention toApi(AcuteIntervention intervention) {
        return new nl.mensenhandel.triage.api.model.AcuteIntervention()
                .by(nl.mensenhandel.triage.api.model.AcuteIntervention.ByEnum.fromValue(intervention.by().name()))
                .description(intervention.description())
                .takenAt(intervention.takenAt().atOffset(ZoneOffset.UTC));
    }

    static List<AcuteIntervention> acuteInterventions(
            List<nl.mensenhandel.triage.api.model.AcuteIntervention> interventions) {
        return interventions == null ? List.of() : interventions.stream()
                .map(i -> new AcuteIntervention(AcuteIntervention.By.valueOf(i.getBy().getValue()), i.getDescription(),
                        i.getTakenAt().toInstant()))
                .toList();
    }

    static List<String> personRefs(java.util.Collection<String> refs) {
        return refs == null ? List.of() : List.copyOf(refs);
    }

    /** A blank array element reads as null: a client's mistake, named (never a 500). */
    static Mono<NewCasus> withoutEmptyElements(NewCasus body) {
        if (body.getAcuteInterventions() != null && body.getAcuteInterventions().contains(null)) {
            return Mono.error(ApiProblem.invalidField("acuteInterventions", "must not hold empty elements"));
        }
        if (body.getPersonRefs() != null && body.getPersonRefs().contains(null)) {
            return Mono.error(ApiProblem.invalidField("personRefs", "must not hold empty elements"));
        }
        return Mono.just(body);
    }

    static CasusPage toApi(Paged<Casus> page) {
        return new CasusPage()
                .items(page.items().stream().map(CasusApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), page.totalPages()));
    }
}
