package nl.mensenhandel.monitor.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import nl.mensenhandel.monitor.api.model.PartnerFigureKind;
import nl.mensenhandel.monitor.areas.AreaCatalogue;
import nl.mensenhandel.monitor.municipalities.MonitorAccessPolicy;
import nl.mensenhandel.monitor.partners.PartnerFigureSet.StoredFigure;
import nl.mensenhandel.platform.idempotency.IdempotentCommands;
import nl.mensenhandel.platform.idempotency.IdempotentOutcome;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Imports a partner's figures (issue 11 capability 3): the beleidsregisseur uploads a CSV, every line is checked
 * first ({@link PartnerFiguresCsv}) and any bad line answers 422 {@code partner-figures-invalid} with the extension
 * member {@code lineErrors} — nothing is stored. A valid file replaces, per source and year it holds, the region's
 * figures of that source and year.
 * <p>
 * <b>No half-written import.</b> The store has single-document atomicity only (ARCHITECTURE.md), so the unit of
 * replacement is one document: all figures of one region, source and year live in one {@link PartnerFigureSet},
 * replaced by a single upsert. A reader sees the old set or the new one, never a mix. A file holding several
 * sources or years writes one such document each; should the service die between two of them, each written set is
 * complete and consistent, and a retry with the same Idempotency-Key (the import's result is written last) writes
 * the same sets again and finishes the import.
 */
@Service
public class PartnerFigureImports {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerFigureImports.class);
    /** The contract's maxLength of the body. */
    static final int MAX_CHARACTERS = 1_000_000;

    private final MonitorAccessPolicy access;
    private final AreaCatalogue areas;
    private final IdempotentCommands idempotent;
    private final RegionScopedMongo mongo;
    private final Clock clock;

    public PartnerFigureImports(MonitorAccessPolicy access, AreaCatalogue areas, IdempotentCommands idempotent,
            RegionScopedMongo mongo, Clock clock) {
        this.access = access;
        this.areas = areas;
        this.idempotent = idempotent;
        this.mongo = mongo;
        this.clock = clock;
    }

    public Mono<IdempotentOutcome<PartnerFigureImportRecord>> importCsv(TenantContext caller, String idempotencyKey,
            String csv) {
        return access.mayRecordFigures(caller).enforce(caller).flatMap(c -> {
            if (csv != null && csv.length() > MAX_CHARACTERS) {
                return Mono.error(new ApiProblem(ProblemType.CONTENT_TOO_LARGE,
                        "A partner-figures file holds at most " + MAX_CHARACTERS + " characters."));
            }
            PartnerFiguresCsv.Parsed parsed = PartnerFiguresCsv.parse(csv,
                    area -> areas.find(caller.region(), area).isPresent());
            if (!parsed.valid()) {
                LOG.info("partner figures refused: region={} badLines={}", caller.region(), parsed.errors().size());
                return Mono.error(new ApiProblem(ProblemType.PARTNER_FIGURES_INVALID, parsed.errors().size()
                        + " line(s) of the file are not valid; nothing was imported.", List.of(),
                        Map.of("lineErrors", parsed.errors())));
            }
            String scope = caller.region() + "|" + caller.subject() + "|partner-figures.import";
            return idempotent.run(scope, idempotencyKey, csv,
                    id -> store(caller, parsed.lines(), id),
                    id -> mongo.findById(caller, id, PartnerFigureImportRecord.class));
        });
    }

    private Mono<PartnerFigureImportRecord> store(TenantContext caller, List<PartnerFigureLine> lines, String importId) {
        Instant now = clock.instant();
        Map<String, List<PartnerFigureLine>> bySet = new LinkedHashMap<>();
        for (PartnerFigureLine line : lines) {
            bySet.computeIfAbsent(PartnerFigureSet.idOf(caller.region(), line.source().getValue(), line.year()),
                    k -> new ArrayList<>()).add(line);
        }
        List<PartnerFigureSet> sets = bySet.entrySet().stream().map(entry -> {
            PartnerFigureLine first = entry.getValue().get(0);
            return new PartnerFigureSet(entry.getKey(), caller.region(), first.year(), first.source().getValue(),
                    entry.getValue().stream().map(PartnerFigureImports::stored).toList(), now, importId);
        }).toList();
        PartnerFigureImportRecord result = new PartnerFigureImportRecord(importId, caller.region(), lines.size(),
                (int) lines.stream().filter(l -> l.value().unknown()).count(),
                (int) lines.stream().filter(l -> l.kind() == PartnerFigureKind.SCHATTING).count(),
                lines.stream().map(PartnerFigureLine::year).distinct().sorted().toList(),
                lines.stream().map(l -> l.source().getValue()).distinct().sorted().toList(), now);
        return Flux.fromIterable(sets)
                .concatMap(set -> mongo.save(caller, set))
                .then(mongo.save(caller, result))
                .doOnSuccess(stored -> LOG.info("partner figures imported: region={} figures={} sets={}",
                        caller.region(), stored.imported(), sets.size()));
    }

    private static StoredFigure stored(PartnerFigureLine line) {
        return new StoredFigure(line.area(), line.form(), line.measure(), line.kind().getValue(),
                line.value().value(), line.value().low(), line.value().high(), line.definition());
    }
}
