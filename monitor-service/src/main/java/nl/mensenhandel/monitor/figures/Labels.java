package nl.mensenhandel.monitor.figures;

import java.util.Map;

import org.springframework.stereotype.Component;

import nl.mensenhandel.monitor.disclosure.Dimension;
import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/** Words a policy reader understands for the keys of the tables (keys stay the contract's values). */
@Component
public class Labels {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("SEKSUEEL", "Seksuele uitbuiting"),
            Map.entry("ARBEID", "Arbeidsuitbuiting"),
            Map.entry("CRIMINEEL", "Criminele uitbuiting"),
            Map.entry("ORGAAN", "Orgaanverwijdering"),
            Map.entry(PublicationBuilder.UNKNOWN, "Onbekend"),
            Map.entry(Dimension.TOTAL, "Totaal"),
            Map.entry("MINDERJARIG", "Minderjarig"),
            Map.entry("NL", "Nederlands"),
            Map.entry("EU", "EU (niet NL)"),
            Map.entry("BUITEN_EU", "Buiten de EU"),
            Map.entry("NONE", "Nog geen besluit"));

    private final MunicipalityRegistry municipalities;

    public Labels(MunicipalityRegistry municipalities) {
        this.municipalities = municipalities;
    }

    public String of(String key) {
        if (key.startsWith("GM")) {
            return municipalities.find(key).map(Municipality::name).orElse(key);
        }
        if (key.matches("\\d{4}-Q[1-4]")) {
            return key.substring(0, 4) + " K" + key.substring(6);
        }
        return WORDS.getOrDefault(key, key);
    }

    public FigureTable.Label label(String key) {
        return new FigureTable.Label(key, of(key));
    }
}
