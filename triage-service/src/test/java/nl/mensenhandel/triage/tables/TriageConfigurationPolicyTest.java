package nl.mensenhandel.triage.tables;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.platform.policy.PolicyDecision;
import nl.mensenhandel.platform.tenancy.TenantContext;

/** The rules of a region's way of weighing, read as the regions' plans describe them (issue 8 §1). */
class TriageConfigurationPolicyTest {

    final TriageConfigurationPolicy policy = new TriageConfigurationPolicy();

    static final TriageConfiguration.Table SIGNALENOVERLEG = table("signalenoverleg-heemstede");
    static final TriageConfiguration.Table LOO = table("loo-heemstede");

    @Test
    void heemstedeWeighsInTheSignalenoverlegAndThenInTheLoo() {
        assertThat(policy.isSound(new ConfigurationProposal(List.of(SIGNALENOVERLEG, LOO),
                List.of("signalenoverleg-heemstede", "loo-heemstede"), false, 14)).isAllowed()).isTrue();
    }

    @Test
    void ijssellandBringsEveryCasusToOneRegionalTable() {
        assertThat(policy.isSound(new ConfigurationProposal(List.of(table("weeg-en-monitortafel-ijsselland")),
                List.of("weeg-en-monitortafel-ijsselland"), false, 14)).isAllowed()).isTrue();
    }

    @Test
    void rotterdamHasNoTableTheAfDecides() {
        assertThat(policy.isSound(new ConfigurationProposal(List.of(), List.of(), true, 14)).isAllowed()).isTrue();
        assertThat(rule(policy.isSound(new ConfigurationProposal(List.of(), List.of(), false, 14))))
                .isEqualTo("without-steps-af-decides");
    }

    @Test
    void aCasusPassesEachTableOnceAndOnlyRealTables() {
        assertThat(rule(policy.isSound(new ConfigurationProposal(List.of(SIGNALENOVERLEG, LOO),
                List.of("loo-heemstede", "signalenoverleg-heemstede", "loo-heemstede"), false, 14))))
                .isEqualTo("no-table-twice-in-steps");
        assertThat(rule(policy.isSound(new ConfigurationProposal(List.of(SIGNALENOVERLEG),
                List.of("signalenoverleg-heemstede", "loo-heemstede"), false, 14))))
                .isEqualTo("steps-name-tables");
        assertThat(rule(policy.isSound(new ConfigurationProposal(List.of(SIGNALENOVERLEG, SIGNALENOVERLEG),
                List.of("signalenoverleg-heemstede"), false, 14))))
                .isEqualTo("table-ids-unique");
    }

    @Test
    void onlyTheRegioBeheerderConfiguresTheTableRolesRead() {
        assertThat(policy.mayConfigure(caller("regio-beheerder")).isAllowed()).isTrue();
        assertThat(rule(policy.mayConfigure(caller("casustafel"))))
                .isEqualTo("triage-configuration-by-regio-beheerder");
        for (String role : List.of("regio-beheerder", "casustafel", "aandachtsfunctionaris", "beleidsregisseur")) {
            assertThat(policy.mayRead(caller(role)).isAllowed()).as(role).isTrue();
        }
        assertThat(rule(policy.mayRead(caller("handhaver")))).isEqualTo("read-triage-configuration-requires-role");
    }

    private static String rule(PolicyDecision decision) {
        return decision instanceof PolicyDecision.Rejected rejected ? rejected.rule() : "allowed";
    }

    private static TenantContext caller(String role) {
        return new TenantContext("s", "u", "kennemerland", Set.of(), null, null, Set.of(role));
    }

    private static TriageConfiguration.Table table(String id) {
        return new TriageConfiguration.Table(id, id, TriageConfiguration.Level.GEMEENTELIJK, null,
                List.of(new TriageConfiguration.Participant("Gemeente Heemstede", null,
                        TriageConfiguration.Covenant.GEEN)));
    }
}
