package nl.mensenhandel.care.reports;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The CoMensha report as CSV ({@code getComenshaReportCsv}): a header row, then one line per placement, or one line
 * for a victim without placements (its placement columns empty). RFC 4180: fields separated by commas, lines ended by
 * CRLF, a field holding a comma, quote, CR or LF quoted with its quotes doubled.
 */
public final class ComenshaCsv {

    static final List<String> HEADER = List.of("pseudonym", "gender", "ageGroup", "nationality", "residenceStatus",
            "exploitationForms", "responsibleMunicipalityCode", "trajectoryStatus", "openedAt", "placementType",
            "placementStatus", "startedAt", "endedAt", "destination");
    private static final String CRLF = "\r\n";

    private ComenshaCsv() {
    }

    public static String of(ComenshaReport report) {
        StringBuilder csv = new StringBuilder(line(HEADER.stream()));
        for (ReportedVictim victim : report.victims()) {
            if (victim.placements().isEmpty()) {
                csv.append(line(Stream.concat(victimFields(victim), Stream.of("", "", "", "", ""))));
            }
            for (ReportedPlacement placement : victim.placements()) {
                csv.append(line(Stream.concat(victimFields(victim), Stream.of(text(placement.placementType()),
                        text(placement.status()), text(placement.startedAt()), text(placement.endedAt()),
                        text(placement.destination())))));
            }
        }
        return csv.toString();
    }

    private static Stream<String> victimFields(ReportedVictim v) {
        return Stream.of(v.pseudonym(), text(v.gender()), v.ageGroup().label(), text(v.nationality()),
                text(v.residenceStatus()),
                v.exploitationForms().stream().map(Enum::name).collect(Collectors.joining("|")),
                text(v.responsibleMunicipalityCode()), text(v.trajectoryStatus()), text(v.openedAt()));
    }

    private static String line(Stream<String> fields) {
        return fields.map(ComenshaCsv::quoted).collect(Collectors.joining(",")) + CRLF;
    }

    /** RFC 4180 §2.6-2.7. */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\r") || field.contains("\n")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Instant instant -> instant.toString();
            case Enum<?> e -> e.name();
            default -> value.toString();
        };
    }
}
