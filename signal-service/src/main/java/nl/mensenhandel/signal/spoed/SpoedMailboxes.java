package nl.mensenhandel.signal.spoed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the SPOED e-mail goes (docs/architecture.md "The inbox"): the <b>functional mailbox</b> of the AFs of
 * each municipality ({@code spoed.mailboxes.municipalities.<code>}) and of each region's table
 * ({@code spoed.mailboxes.tables.<region>}) — not each person's own address. Why: municipalities already run
 * such mailboxes for signals (a colleague on duty reads it, also when the AF is away), the platform copies no
 * staff addresses, and signal-service needs no admin rights on the identity provider to look users up. The
 * personal reach is the inbox, which every addressed user sees. A municipality or table without a mailbox gets
 * no mail (its inbox entries stand all the same); the start-up log names none of them.
 */
@ConfigurationProperties("spoed.mailboxes")
public record SpoedMailboxes(Map<String, String> municipalities, Map<String, String> tables) {

    public SpoedMailboxes {
        municipalities = municipalities == null ? Map.of() : Map.copyOf(municipalities);
        tables = tables == null ? Map.of() : Map.copyOf(tables);
    }

    /** The mailboxes of the municipality's AFs and of the region's table, those that are configured. */
    public List<String> of(String municipalityCode, String region) {
        List<String> result = new ArrayList<>();
        if (municipalities.containsKey(municipalityCode)) {
            result.add(municipalities.get(municipalityCode));
        }
        if (tables.containsKey(region)) {
            result.add(tables.get(region));
        }
        return result;
    }
}
