package nl.mensenhandel.signal.regionalconfig;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code signals.meldpunten}: the places to report that hold for every municipality (national), shown where
 * a municipality has not decided yet — so a resident who is refused always learns where to go.
 */
@ConfigurationProperties("signals.meldpunten")
public record MeldpuntProperties(List<ReportingAlternative> nationalAlternatives) {

    public MeldpuntProperties {
        nationalAlternatives = nationalAlternatives == null ? List.of() : List.copyOf(nationalAlternatives);
    }
}
