package nl.mensenhandel.signal.classification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.intake.IntakeRules;
import nl.mensenhandel.signal.regionalconfig.RegionalVocabulary;
import nl.mensenhandel.signal.signal.ClassificationChange;
import nl.mensenhandel.signal.signal.ClassificationField;
import nl.mensenhandel.signal.signal.ExploitationForm;
import nl.mensenhandel.signal.signal.FormRules;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SignalEncryption;
import nl.mensenhandel.signal.signal.SignalQueries;
import nl.mensenhandel.signal.signal.Urgency;
import nl.mensenhandel.signal.spoed.SpoedAlert;
import reactor.core.publisher.Mono;

/**
 * The AF of the exploitation municipality reclassifies an open signal as the enrichment shows what it is
 * (issue 7 capability 4): forms, categories, sector, urgency and — within the same AF — the exploitation
 * municipality. Each changed field is recorded with the reason, who and when; the whole change is one update
 * conditional on the version read, so a concurrent change is never overwritten (409 instead).
 */
@Service
public class SignalClassification {

    /** What the AF sends: only the fields that change (null = unchanged), and why. */
    public record Command(String reason, Set<ExploitationForm> forms, List<String> categories, String sector,
            Urgency urgency, String municipalityCode) {
    }

    private final SignalQueries signals;
    private final IntakeRules rules;
    private final RegionalVocabulary vocabulary;
    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final SignalEncryption encryption;
    private final AccessLog accessLog;
    private final Clock clock;
    private final SpoedAlert spoed;

    public SignalClassification(SignalQueries signals, IntakeRules rules, RegionalVocabulary vocabulary,
            RegionScopedMongo scoped, ReactiveMongoTemplate mongo, SignalEncryption encryption, AccessLog accessLog,
            Clock clock, SpoedAlert spoed) {
        this.spoed = spoed;
        this.signals = signals;
        this.rules = rules;
        this.vocabulary = vocabulary;
        this.scoped = scoped;
        this.mongo = mongo;
        this.encryption = encryption;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<Signal> reclassify(TenantContext caller, String signalId, Command command) {
        return signals.findWorkable(caller, signalId)
                .flatMap(signal -> ClassificationRules.reclassifyOpenSignal(signal.status()).enforce(signal))
                .flatMap(FormRules.unknownFormAlone("forms", command.forms())::enforce)
                .flatMap(ClassificationRules.municipalityChangeWithinOwnAf(caller, command.municipalityCode())::enforce)
                .flatMap(signal -> Mono.zip(vocabulary.activeCategories(signal.region()),
                                vocabulary.activeSectors(signal.region()))
                        .flatMap(vocab -> (command.categories() == null ? Mono.just(signal)
                                : rules.categoriesOfRegion(command.categories(), vocab.getT1()).enforce(signal))
                                .flatMap(rules.sectorOfRegion(command.sector(), vocab.getT2())::enforce)
                                .flatMap(s -> apply(caller, s, command, vocab.getT1())
                                        .flatMap(changed -> alertWhenItBecameSpoed(s, changed)))));
    }

    /** A signal that becomes SPOED by reclassification notifies at once, as one reported SPOED does (issue 7 §6). */
    private Mono<Signal> alertWhenItBecameSpoed(Signal before, Signal after) {
        return before.urgency() != Urgency.SPOED && after.urgency() == Urgency.SPOED
                ? spoed.raise(after).thenReturn(after)
                : Mono.just(after);
    }

    private Mono<Signal> apply(TenantContext caller, Signal signal, Command command,
            Map<String, ExploitationForm> categoryForms) {
        Instant now = clock.instant();
        List<ClassificationChange> changes = new ArrayList<>();
        Update update = new Update();

        Set<ExploitationForm> forms = command.forms() == null ? signal.forms() : EnumSet.copyOf(command.forms());
        List<String> before = signal.categories() == null ? List.of() : signal.categories();
        List<String> categories = command.categories() == null ? before : List.copyOf(command.categories());
        Set<ExploitationForm> suggested = current(signal.suggestedForms());
        Set<ExploitationForm> wouldSuggest = command.categories() == null ? suggested
                : FormRules.suggestedForms(forms, categories, categoryForms);
        // setting the forms is the AF's decision on them: it settles what the categories suggest, and is recorded
        // as a decision even when the forms stay as they were
        boolean formsGiven = command.forms() != null;
        if (formsGiven && (!forms.equals(signal.forms()) || !suggested.isEmpty() || !wouldSuggest.isEmpty())) {
            changes.add(change(ClassificationField.FORMS, codes(signal.forms()), codes(forms), command, caller, now));
            update.set("forms", forms);
        }
        if (!categories.equals(before)) {
            changes.add(change(ClassificationField.CATEGORIES, before, categories, command, caller, now));
            update.set("categories", categories);
        }
        Set<ExploitationForm> newSuggested = formsGiven ? EnumSet.noneOf(ExploitationForm.class) : wouldSuggest;
        if (!newSuggested.equals(suggested)) {
            update.set("suggestedForms", newSuggested);
        }
        if (command.sector() != null && !command.sector().equals(signal.sector())) {
            changes.add(change(ClassificationField.SECTOR, one(signal.sector()), one(command.sector()), command, caller,
                    now));
            update.set("sector", command.sector());
        }
        if (command.urgency() != null && command.urgency() != signal.urgency()) {
            changes.add(change(ClassificationField.URGENCY, one(name(signal.urgency())), one(command.urgency().name()),
                    command, caller, now));
            // the work list sorts on the rank: it follows the urgency
            update.set("urgency", command.urgency()).set("urgencyRank", command.urgency().rank());
        }
        if (command.municipalityCode() != null && !command.municipalityCode().equals(signal.municipalityCode())) {
            changes.add(change(ClassificationField.MUNICIPALITY, one(signal.municipalityCode()),
                    one(command.municipalityCode()), command, caller, now));
            // the same AF serves both, so the region and the regions that read it stay; who sees it follows
            update.set("municipalityCode", command.municipalityCode())
                    .set("visibleTo", visibleTo(command.municipalityCode(), signal.residenceMunicipalityCode()));
        }
        // duplicateKeys depend on the address, business and persons only: no classification field changes them
        if (changes.isEmpty()) {
            return Mono.just(signal);
        }
        update.push("classificationHistory")
                .each(changes.stream().map(c -> encryption.sealed(signal.region(), signal.id(), c)).toArray());
        update.set("updatedAt", now).inc("version", 1);
        Query unchanged = new Query(Criteria.where("_id").is(signal.id()).and("region").is(signal.region())
                .and("version").is(signal.version()));
        return mongo.updateFirst(unchanged, update, Signal.class)
                .flatMap(result -> result.getModifiedCount() == 1
                        ? scoped.findById(caller, signal.id(), Signal.class)
                        : Mono.error(new ApiProblem(ProblemType.CONFLICT,
                                "The signal was changed by someone else; reload and try again.")))
                .flatMap(changed -> accessLog.record(caller, "RECLASSIFY", "signal", changed.id(),
                        SignalQueries.dataSubject(changed), SignalQueries.PURPOSE).thenReturn(changed));
    }

    static List<String> visibleTo(String municipalityCode, String residenceMunicipalityCode) {
        return residenceMunicipalityCode == null || residenceMunicipalityCode.equals(municipalityCode)
                ? List.of(municipalityCode) : List.of(municipalityCode, residenceMunicipalityCode);
    }

    private static ClassificationChange change(ClassificationField field, List<String> from, List<String> to,
            Command command, TenantContext caller, Instant at) {
        return new ClassificationChange(UUID.randomUUID().toString(), field, List.copyOf(from), List.copyOf(to),
                command.reason(), caller.username(), at);
    }

    private static Set<ExploitationForm> current(Set<ExploitationForm> forms) {
        return forms == null || forms.isEmpty() ? EnumSet.noneOf(ExploitationForm.class) : EnumSet.copyOf(forms);
    }

    private static List<String> codes(Set<ExploitationForm> forms) {
        return forms.stream().sorted().map(Enum::name).toList();
    }

    private static List<String> one(String value) {
        return value == null ? List.of() : List.of(value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
