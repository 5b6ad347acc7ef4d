package nl.mensenhandel.signal.signals;

import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.mensenhandel.signal.api.model.NewSignal;
import nl.mensenhandel.signal.api.model.PageMetadata;
import nl.mensenhandel.signal.api.model.SignalPage;

/** Between the generated contract models and the stored signal. */
final class SignalApiMapper {

    private SignalApiMapper() {
    }

    static SignalIntake.Report toReport(NewSignal body) {
        return new SignalIntake.Report(
                body.getMunicipalityCode(),
                body.getForms().stream().map(f -> ExploitationForm.valueOf(f.name())).collect(Collectors.toSet()),
                SourceType.valueOf(body.getSourceType().name()),
                body.getDescription(),
                body.getObservedAt().toInstant());
    }

    static nl.mensenhandel.signal.api.model.Signal toApi(Signal s) {
        return new nl.mensenhandel.signal.api.model.Signal()
                .id(UUID.fromString(s.id()))
                .region(s.region())
                .municipalityCode(s.municipalityCode())
                .forms(s.forms().stream().sorted()
                        .map(f -> nl.mensenhandel.signal.api.model.ExploitationForm.fromValue(f.name()))
                        .collect(Collectors.toCollection(LinkedHashSet::new)))
                .sourceType(nl.mensenhandel.signal.api.model.SourceType.fromValue(s.sourceType().name()))
                .description(s.description())
                .observedAt(s.observedAt().atOffset(ZoneOffset.UTC))
                .status(nl.mensenhandel.signal.api.model.SignalStatus.fromValue(s.status().name()))
                .createdAt(s.createdAt().atOffset(ZoneOffset.UTC))
                .createdBy(s.createdBy())
                .updatedAt(s.updatedAt().atOffset(ZoneOffset.UTC));
    }

    static SignalPage toApi(SignalQueries.Page page) {
        int totalPages = (int) Math.ceil(page.totalElements() / (double) page.size());
        return new SignalPage()
                .items(page.items().stream().map(SignalApiMapper::toApi).toList())
                .page(new PageMetadata(page.number(), page.size(), page.totalElements(), totalPages));
    }
}
