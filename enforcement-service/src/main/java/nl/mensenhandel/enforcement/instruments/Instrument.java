package nl.mensenhandel.enforcement.instruments;

import java.util.List;
import java.util.Set;

/**
 * An instrument of a region's catalogue with all its versions.
 *
 * @param maxDurationWeeks the longest it may last (e.g. verblijfsontzegging: 12 weeks), or null
 * @param modelArticle     the VNG model APV article in the legal basis that a municipality's own APV may renumber
 */
public record Instrument(String code, String name, CompetentAuthority competentAuthority, List<String> situations,
        List<String> forms, String conditions, Integer maxDurationWeeks, String modelArticle,
        Set<InstrumentMark> marks, List<InstrumentVersion> versions) {

    public boolean marked(InstrumentMark mark) {
        return marks.contains(mark);
    }
}
