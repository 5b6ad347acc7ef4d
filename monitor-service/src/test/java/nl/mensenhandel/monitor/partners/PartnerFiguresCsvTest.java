package nl.mensenhandel.monitor.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.monitor.api.model.PartnerFigureKind;
import nl.mensenhandel.monitor.api.model.PartnerSource;

/** Every rule of the partner-figures CSV, valid and rejected. */
class PartnerFiguresCsvTest {

    static final String HEADER = "year;source;area;form;measure;value;kind;definition\n";
    static final Predicate<String> AREAS = Set.of("kennemerland", "GM0392", "GM0397", "ijmond")::contains;

    private static PartnerFiguresCsv.Parsed parse(String csv) {
        return PartnerFiguresCsv.parse(csv, AREAS);
    }

    @Test
    void readsCountsUnknownsAndEstimatesWithSemicolonOrComma() {
        PartnerFiguresCsv.Parsed parsed = parse(HEADER
                + "2022;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;de politie registreert geen ruwe signalen\n"
                + "2022;POLITIE;GM0392;CRIMINEEL;SIGNALEN;0;WAARNEMING;de politie registreert geen ruwe signalen\n"
                + "\n"
                + "2022;NLA;GM0397;ARBEID;SIGNALEN;;WAARNEMING;geen cijfers bekend over 2022\n"
                + "2022;comensha;kennemerland;alle;SLACHTOFFERS;onbekend;waarneming;nog niet bekend\n"
                + "2023;OVERIG;kennemerland;ALLE;SLACHTOFFERS;500 - 600;SCHATTING;schatting (WODC)\n");

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.lines()).hasSize(5);
        assertThat(parsed.lines().get(0).value()).isEqualTo(FigureValue.count(5));
        // a delivered 0 is a count; an empty value or 'onbekend' is unknown, never 0
        assertThat(parsed.lines().get(1).value()).isEqualTo(FigureValue.count(0));
        assertThat(parsed.lines().get(2).value().unknown()).isTrue();
        assertThat(parsed.lines().get(2).line()).isEqualTo(5);
        assertThat(parsed.lines().get(3).value().unknown()).isTrue();
        assertThat(parsed.lines().get(3).source()).isEqualTo(PartnerSource.COMENSHA);
        assertThat(parsed.lines().get(3).form()).isEqualTo("ALLE");
        assertThat(parsed.lines().get(4).value()).isEqualTo(FigureValue.range(500, 600));
        assertThat(parsed.lines().get(4).kind()).isEqualTo(PartnerFigureKind.SCHATTING);

        PartnerFiguresCsv.Parsed comma = parse("\uFEFFyear,source,area,form,measure,value,kind,definition\r\n"
                + "2022,POLITIE,GM0392,ARBEID,SIGNALEN,3,WAARNEMING,\"alleen vormen, geen ruwe \"\"meldingen\"\"\"\r\n");
        assertThat(comma.errors()).isEmpty();
        assertThat(comma.lines().get(0).definition()).isEqualTo("alleen vormen, geen ruwe \"meldingen\"");
    }

    @Test
    void everyBadLineIsNamedWithItsColumnAndNothingIsReturned() {
        PartnerFiguresCsv.Parsed parsed = parse(HEADER
                + "2022;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;ok\n"
                + "1999;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;bad year\n"
                + "2022;BUURMAN;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;unknown source\n"
                + "2022;POLITIE;GM0479;SEKSUEEL;SIGNALEN;5;WAARNEMING;area of another region\n"
                + "2022;POLITIE;GM0392;DIEFSTAL;SIGNALEN;5;WAARNEMING;unknown form\n"
                + "2022;POLITIE;GM0392;ARBEID;SIGNALEN;-3;WAARNEMING;negative\n"
                + "2022;POLITIE;GM0392;CRIMINEEL;SIGNALEN;500-600;WAARNEMING;range observed\n"
                + "2022;POLITIE;GM0392;ORGAAN;SIGNALEN;veel;WAARNEMING;not a number\n"
                + "2022;POLITIE;GM0392;ONBEKEND;SIGNALEN;5;GETELD;unknown kind\n"
                + "2022;POLITIE;GM0392;SEKSUEEL;SIGNALEN;6;WAARNEMING;twice\n"
                + "2022;POLITIE;GM0392;SEKSUEEL;signalen;6;WAARNEMING;\n"
                + "2022;POLITIE;GM0392\n"
                + "2023;OVERIG;kennemerland;ALLE;SLACHTOFFERS;600-500;SCHATTING;crossed\n");

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.lines()).isEmpty();
        assertThat(parsed.errors()).extracting(LineError::line, LineError::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "year"),
                org.assertj.core.groups.Tuple.tuple(4, "source"),
                org.assertj.core.groups.Tuple.tuple(5, "area"),
                org.assertj.core.groups.Tuple.tuple(6, "form"),
                org.assertj.core.groups.Tuple.tuple(7, "value"),
                org.assertj.core.groups.Tuple.tuple(8, "value"),
                org.assertj.core.groups.Tuple.tuple(9, "value"),
                org.assertj.core.groups.Tuple.tuple(10, "kind"),
                org.assertj.core.groups.Tuple.tuple(11, null),
                org.assertj.core.groups.Tuple.tuple(12, "measure"),
                org.assertj.core.groups.Tuple.tuple(12, "definition"),
                org.assertj.core.groups.Tuple.tuple(13, null),
                org.assertj.core.groups.Tuple.tuple(14, "value"));
        assertThat(parsed.errors().get(2).message()).contains(PartnerFiguresCsv.AREA_OF_REGION);
        assertThat(parsed.errors().get(4).message()).contains("negative");
        assertThat(parsed.errors().get(5).message()).contains(PartnerFiguresCsv.RANGE_ONLY_FOR_ESTIMATE);
        assertThat(parsed.errors().get(6).message()).contains(PartnerFiguresCsv.UNKNOWN_IS_NOT_ZERO);
        assertThat(parsed.errors().get(8).message()).contains(PartnerFiguresCsv.ONE_FIGURE_PER_CELL);
    }

    @Test
    void aHeaderIsRequired() {
        assertThat(parse("").errors()).singleElement().extracting(LineError::message).asString()
                .contains(PartnerFiguresCsv.HEADER_REQUIRED);
        PartnerFiguresCsv.Parsed noHeader = parse("2022;POLITIE;GM0392;SEKSUEEL;SIGNALEN;5;WAARNEMING;x\n");
        assertThat(noHeader.errors()).isNotEmpty().allSatisfy(e -> assertThat(e.line()).isEqualTo(1));
        PartnerFiguresCsv.Parsed missing = parse("year;source;area;form;measure;value;kind\n");
        assertThat(missing.errors()).extracting(LineError::column).containsExactly("definition");
        assertThat(parse(HEADER).errors()).singleElement().extracting(LineError::message).asString()
                .contains("no figures");
    }

    @Test
    void manyErrorsAreCapped() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < PartnerFiguresCsv.MAX_ERRORS + 50; i++) {
            csv.append("1999;POLITIE;GM0392;SEKSUEEL;M").append(i).append(";1;WAARNEMING;x\n");
        }
        PartnerFiguresCsv.Parsed parsed = parse(csv.toString());
        assertThat(parsed.errors()).hasSize(PartnerFiguresCsv.MAX_ERRORS + 1);
        assertThat(parsed.errors().get(PartnerFiguresCsv.MAX_ERRORS).message()).contains("50 more errors");
    }
}
