package nl.mensenhandel.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import nl.mensenhandel.platform.outbox.OutboxMessage;
import nl.mensenhandel.platform.outbox.PermanentDeliveryFailure;
import tools.jackson.databind.json.JsonMapper;

/** Mail through the outbox: a real SMTP server (GreenMail), a deterministic Message-ID, no retry for a bad address. */
class MailDeliveryTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final MailSettings settings = new MailSettings("meldroute@zaanstad.example", null, null);

    private OutboxMessage message(String entryId, MailMessage mail) {
        return new OutboxMessage(entryId, MailMessage.KIND, "zaanstreek-waterland", "signals", "s1", 1,
                json.writeValueAsString(mail), json);
    }

    private static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aMailIsSentOverSmtpWithAMessageIdMadeFromTheOutboxEntry() throws Exception {
        int port = freePort();
        GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            MailDelivery delivery = new MailDelivery(sender(port), settings);
            delivery.deliver(message("signal:42:feedback:1",
                    new MailMessage(List.of("melder@example.org"), "Terugkoppeling op uw signaal", "Doorgeleid naar de politie.")))
                    .block();

            assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
            MimeMessage received = smtp.getReceivedMessages()[0];
            assertThat(received.getMessageID()).isEqualTo("<signal.42.feedback.1@zaanstad.example>");
            assertThat(received.getAllRecipients()).extracting(Object::toString).containsExactly("melder@example.org");
            assertThat(received.getFrom()).extracting(Object::toString).containsExactly("meldroute@zaanstad.example");
            assertThat(received.getSubject()).isEqualTo("Terugkoppeling op uw signaal");
            assertThat(GreenMailUtil.getBody(received)).contains("Doorgeleid naar de politie.");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void anAddressThatIsNoAddressIsAPermanentFailureWithoutTheAddressInItsMessage() {
        MailDelivery delivery = new MailDelivery(sender(1), settings);

        assertThatThrownBy(() -> delivery.deliver(message("e1",
                new MailMessage(List.of("melder at example"), "s", "b"))).block())
                .isInstanceOf(PermanentDeliveryFailure.class)
                .message().doesNotContain("melder");
    }

    @Test
    void aServerThatIsDownIsATemporaryFailureForTheDispatcherToRetry() throws Exception {
        MailDelivery delivery = new MailDelivery(sender(freePort()), settings);

        assertThatThrownBy(() -> delivery.deliver(message("e1",
                new MailMessage(List.of("melder@example.org"), "s", "b"))).block())
                .isInstanceOf(MailSendException.class)
                .isNotInstanceOf(PermanentDeliveryFailure.class);
    }

    @Test
    void theMessageIdKeepsOnlyCharactersAMessageIdMayHold() {
        assertThat(MailDelivery.messageId("a b<c>@d", "x@mail.example")).isEqualTo("<a.b.c..d@mail.example>");
    }
}
