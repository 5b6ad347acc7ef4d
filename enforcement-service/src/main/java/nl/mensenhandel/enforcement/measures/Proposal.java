package nl.mensenhandel.enforcement.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.mensenhandel.enforcement.instruments.ApplicableInstrument;
import nl.mensenhandel.enforcement.instruments.CompetentAuthority;
import nl.mensenhandel.enforcement.instruments.Instrument;
import nl.mensenhandel.enforcement.instruments.InstrumentMark;
import nl.mensenhandel.enforcement.instruments.MunicipalPolicy;

/**
 * What the legal limits look at: a measure as proposed (or as stored, at a later step), with its instrument from the
 * catalogue, the municipality's choices and the earlier measures at the same premises.
 *
 * @param instrument  the instrument of the catalogue, null when the region has no such code
 * @param inForce     the instrument's version in force on {@code proposedOn}, null when none is
 * @param earlier     earlier decided, not annulled measures at the same premises
 */
public record Proposal(Instrument instrument, ApplicableInstrument inForce, CompetentAuthority competentAuthority,
        LocalDate proposedOn, boolean spoedeisend, Integer durationWeeks, Set<Threat> threats,
        Measure.DwangsomTerms dwangsom, MunicipalPolicy municipality, List<EarlierMeasure> earlier) {

    public Proposal {
        threats = threats == null ? Set.of() : Set.copyOf(threats);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
    }

    public boolean marked(InstrumentMark mark) {
        return instrument != null && instrument.marked(mark);
    }

    /** An earlier measure at the same premises, with the marks of its instrument. */
    public record EarlierMeasure(String id, String instrumentCode, Set<InstrumentMark> marks, LocalDate decidedOn) {
    }
}
