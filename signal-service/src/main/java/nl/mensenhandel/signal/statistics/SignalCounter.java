package nl.mensenhandel.signal.statistics;

import static nl.mensenhandel.platform.statistics.StatisticsTally.quarter;
import static nl.mensenhandel.platform.statistics.StatisticsTally.year;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.platform.statistics.StatisticsTable;
import nl.mensenhandel.platform.statistics.StatisticsTally;
import nl.mensenhandel.signal.links.RepeatVictimisation;
import nl.mensenhandel.signal.links.SignalLink;

/**
 * Counts one region's signals for the monitor (contract getSignalStatistics) while they stream past once, so the
 * memory it holds is the cells, not the signals: raw, unique and repeat victimisation by year, quarter,
 * municipality, form and source; possible victims of unique signals by year, form, age group, gender and
 * nationality group; the median days from receipt to the first decision by year.
 * <p>
 * Unique and repeat victimisation are the same as the AF's counts ({@code countSignals}): a signal merged into
 * another (active MERGE link) is a duplicate and left out of unique; of the unique signals connected by active
 * SAME_PERSON links, every one but the earliest received is a repeat ({@link RepeatVictimisation}). Only the signals
 * named in a SAME_PERSON link are remembered until the end (to know which is the earliest).
 */
public final class SignalCounter {

    public static final String RAW = "SIGNALS_RAW";
    public static final String UNIQUE = "SIGNALS_UNIQUE";
    public static final String REPEAT = "REPEAT_VICTIMISATION";
    public static final String VICTIMS = "POSSIBLE_VICTIMS";
    public static final String TO_FIRST_DECISION = "SIGNAL_TO_FIRST_DECISION";
    static final String UNKNOWN = "ONBEKEND";

    private static final List<String> SIGNAL_DIMENSIONS = List.of("year", "quarter", "municipalityCode", "form",
            "source");

    /** What each measure counts, in words a policy reader understands (Dutch domain words, English sentences). */
    public static final List<StatisticsTable.Definition> DEFINITIONS = List.of(
            new StatisticsTable.Definition(RAW, "Every signal received (ruwe signalen), duplicates included: the same"
                    + " situation reported by several partners counts once per report. A signal with two forms"
                    + " counts under both forms; ONBEKEND when the form is not known yet.", SIGNAL_DIMENSIONS),
            new StatisticsTable.Definition(UNIQUE, "Unique signals (unieke signalen): every signal received, without"
                    + " the signals an AF merged into another as the same situation (duplicates). A signal with"
                    + " two forms counts under both forms.", SIGNAL_DIMENSIONS),
            new StatisticsTable.Definition(REPEAT, "Repeat victimisation (herhaald slachtofferschap): unique signals"
                    + " about a person who was already the subject of an earlier signal (linked as the same"
                    + " person). Not a duplicate count: these signals are also in raw and unique.",
                    SIGNAL_DIMENSIONS),
            new StatisticsTable.Definition(VICTIMS, "Possible victims (mogelijke slachtoffers): persons with role"
                    + " possible victim in unique signals; the same person in two signals counts twice. Age group"
                    + " from 'minor' or the year of birth at the year of receipt; nationality group NL, EU (the 26"
                    + " other member states), BUITEN_EU or ONBEKEND.",
                    List.of("year", "form", "ageGroup", "gender", "nationalityGroup")),
            new StatisticsTable.Definition(TO_FIRST_DECISION, "Days from receipt of a unique signal to its first"
                    + " decision: the first result on its route (doorgeleid or afgesloten), the AF's or the"
                    + " table's case outcome; median per year of receipt, over decided signals only.",
                    List.of("year")));

    private final Set<String> mergedAway;
    private final Collection<SignalLink> samePersonLinks;
    private final Set<String> linked;
    private final Map<String, SignalFacts> remembered = new HashMap<>();
    private final StatisticsTally tally = new StatisticsTally();

    /**
     * @param mergedAway      the ids of the region's signals merged into another (active MERGE links)
     * @param samePersonLinks the region's active SAME_PERSON links
     */
    public SignalCounter(Set<String> mergedAway, Collection<SignalLink> samePersonLinks) {
        this.mergedAway = Set.copyOf(mergedAway);
        this.samePersonLinks = List.copyOf(samePersonLinks);
        this.linked = new java.util.HashSet<>();
        samePersonLinks.forEach(link -> {
            linked.add(link.signalId());
            linked.add(link.otherSignalId());
        });
    }

    /** Counts one signal. */
    public void accept(SignalFacts signal) {
        boolean unique = !mergedAway.contains(signal.id());
        String year = signal.receivedAt() == null ? UNKNOWN : year(signal.receivedAt());
        for (String form : formsOf(signal)) {
            Map<String, String> cell = signalCell(signal, year, form);
            tally.count(RAW, cell);
            if (unique) {
                tally.count(UNIQUE, cell);
            }
        }
        if (!unique) {
            return;
        }
        if (linked.contains(signal.id())) {
            remembered.put(signal.id(), new SignalFacts(signal.id(), signal.municipalityCode(), signal.forms(),
                    signal.source(), signal.receivedAt(), null, List.of()));
        }
        int yearOfReceipt = signal.receivedAt() == null ? -1 : Integer.parseInt(year);
        for (SignalFacts.Victim victim : signal.possibleVictims()) {
            String ageGroup = yearOfReceipt < 0 && !Boolean.TRUE.equals(victim.minor()) ? AgeGroup.UNKNOWN
                    : AgeGroup.of(victim.minor(), victim.yearOfBirth(), yearOfReceipt);
            String gender = victim.gender() == null ? UNKNOWN : victim.gender();
            String nationality = NationalityGroup.of(victim.nationality()).name();
            for (String form : formsOf(signal)) {
                tally.count(VICTIMS, Map.of("year", year, "form", form, "ageGroup", ageGroup, "gender", gender,
                        "nationalityGroup", nationality));
            }
        }
        tally.observe(TO_FIRST_DECISION, Map.of("year", year), signal.receivedAt(), signal.firstDecisionAt());
    }

    /** The counts of every signal accepted, with the repeats now that every linked signal was seen. */
    public StatisticsTable table(String region, Instant asOf) {
        Comparator<String> earliestFirst = Comparator
                .comparing((String id) -> remembered.get(id).receivedAt(),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        for (String id : RepeatVictimisation.repeats(samePersonLinks, remembered::containsKey, earliestFirst)) {
            SignalFacts signal = remembered.get(id);
            String year = signal.receivedAt() == null ? UNKNOWN : year(signal.receivedAt());
            for (String form : formsOf(signal)) {
                tally.count(REPEAT, signalCell(signal, year, form));
            }
        }
        return tally.table(region, asOf, DEFINITIONS);
    }

    private static Map<String, String> signalCell(SignalFacts signal, String year, String form) {
        return Map.of("year", year,
                "quarter", signal.receivedAt() == null ? UNKNOWN : quarter(signal.receivedAt()),
                "municipalityCode", signal.municipalityCode() == null ? UNKNOWN : signal.municipalityCode(),
                "form", form,
                "source", signal.source() == null ? UNKNOWN : signal.source());
    }

    /** The forms a signal counts under: each of its forms, or ONBEKEND when it has none. */
    private static List<String> formsOf(SignalFacts signal) {
        return signal.forms().isEmpty() ? List.of(UNKNOWN) : signal.forms();
    }
}
