package nl.mensenhandel.signal.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.mensenhandel.signal.signal.FeedbackChannel;
import nl.mensenhandel.signal.signal.OnBehalfOf;
import nl.mensenhandel.signal.signal.ReceivedVia;
import nl.mensenhandel.signal.signal.Reporter;
import nl.mensenhandel.signal.signal.Signal;
import nl.mensenhandel.signal.signal.SourceType;

/** Who is told what when the route reaches a result (issue 7 capability 2). */
class FeedbackRulesTest {

    static Signal reported(SourceType source, String contact, String subject) {
        return Signal.builder().id("s1").region("zaanstreek-waterland").sourceType(source)
                .reporter(contact == null && source != SourceType.PROFESSIONAL ? null
                        : new Reporter("Gemeente Zaanstad", "Melder", contact))
                .createdBySubject(subject).build();
    }

    @Test
    void feedbackMailToEmailContact_aReporterWithAnEmailAddressIsMailedAndReadsItInTheirOwnView() {
        Signal signal = reported(SourceType.PROFESSIONAL, " meldpunt@zaanstad.example ", "sub-1");

        assertThat(FeedbackRules.mailRecipient(signal)).contains("meldpunt@zaanstad.example");
        assertThat(FeedbackRules.channels(signal)).containsExactly(FeedbackChannel.EMAIL, FeedbackChannel.REPORTED_BY_ME);
    }

    @Test
    void feedbackMailToEmailContact_aPhoneNumberGetsNoMailOnlyTheOwnView() {
        Signal signal = reported(SourceType.KETENPARTNER, "+31 75 123 4567", "sub-1");

        assertThat(FeedbackRules.mailRecipient(signal)).isEmpty();
        assertThat(FeedbackRules.channels(signal)).containsExactly(FeedbackChannel.REPORTED_BY_ME);
    }

    @Test
    void feedbackMailToEmailContact_somethingThatOnlyLooksLikeAnAddressIsNoAddress() {
        assertThat(FeedbackRules.mailRecipient(reported(SourceType.BURGER, "melder at zaanstad", "s"))).isEmpty();
        assertThat(FeedbackRules.mailRecipient(reported(SourceType.BURGER, "a@b", "s"))).isEmpty();
        assertThat(FeedbackRules.mailRecipient(reported(SourceType.BURGER, "a b@c.nl", "s"))).isEmpty();
        assertThat(FeedbackRules.mailRecipient(reported(SourceType.BURGER, null, "s"))).isEmpty();
    }

    @Test
    void anonymousGetsStatusOnly_noMailNoOwnViewEvenWithAnAddressSomewhere() {
        for (SourceType anonymous : new SourceType[] {SourceType.ANONIEM, SourceType.MMA}) {
            Signal signal = Signal.builder().id("s1").sourceType(anonymous)
                    .reporter(new Reporter(null, null, "iemand@example.org")).createdBySubject("af-subject").build();

            assertThat(FeedbackRules.statusOnly(signal)).as(anonymous.name()).isTrue();
            assertThat(FeedbackRules.mailRecipient(signal)).as(anonymous.name()).isEmpty();
            assertThat(FeedbackRules.channels(signal)).as(anonymous.name()).isEmpty();
        }
        assertThat(FeedbackRules.statusOnly(reported(SourceType.PROFESSIONAL, "a@b.nl", "s"))).isFalse();
    }

    /** Issue 7 §1: the partner organisation an AF recorded the signal for gets the feedback, not the AF. */
    @Test
    void feedbackMailToEmailContact_anOnBehalfSignalMailsThePartnerNotTheAf() {
        Signal signal = Signal.builder().id("s1").region("zaanstreek-waterland").sourceType(SourceType.KETENPARTNER)
                .onBehalfOf(new OnBehalfOf(ReceivedVia.TELEFOON, "Veilig Thuis Zaanstreek-Waterland", "Contactpersoon",
                        "meldingen@veiligthuis.example"))
                .createdBySubject("af-subject").build();

        assertThat(FeedbackRules.mailRecipient(signal)).contains("meldingen@veiligthuis.example");
        assertThat(FeedbackRules.channels(signal)).containsExactly(FeedbackChannel.EMAIL, FeedbackChannel.REPORTED_BY_ME);
    }
}
