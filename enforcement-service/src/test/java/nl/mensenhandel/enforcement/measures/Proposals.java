package nl.mensenhandel.enforcement.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mensenhandel.enforcement.instruments.ApplicableInstrument;
import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.Instrument;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.instruments.InstrumentVersion;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;

/** Proposals for the rules' unit tests. */
final class Proposals {

    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    static Instrument instrument(String code, CompetentAuthority authority, Integer maxWeeks, InstrumentMark... marks) {
        return new Instrument(code, code, authority, List.of("OVERBEWONING"), List.of(), null, maxWeeks, null,
                Set.of(marks), List.of(new InstrumentVersion("basis", LocalDate.of(2010, 1, 1), null)));
    }

    static Proposal of(Instrument instrument) {
        return new Proposal(instrument, new ApplicableInstrument(instrument, instrument.versions().get(0), "basis",
                null), instrument.competentAuthority(), DAY, false, null, Set.of(), null, MunicipalPolicy.MODEL,
                List.of());
    }

    static Proposal with(Proposal p, Integer weeks, Set<Threat> threats, Measure.DwangsomTerms dwangsom,
            boolean spoed, MunicipalPolicy municipality, List<Proposal.EarlierMeasure> earlier) {
        return new Proposal(p.instrument(), p.inForce(), p.competentAuthority(), p.proposedOn(), spoed, weeks, threats,
                dwangsom, municipality, earlier);
    }

    static Proposal.EarlierMeasure earlier(InstrumentMark... marks) {
        return new Proposal.EarlierMeasure("e", "X", Set.of(marks), DAY.minusMonths(3));
    }

    static MunicipalPolicy designates(boolean fine) {
        return new MunicipalPolicy(Map.of(), fine, Map.of());
    }

    private Proposals() {
    }
}
