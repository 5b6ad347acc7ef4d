package nl.mensenhandel.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The local run has a real SMTP server whose inbox the tests can read (issue 7 capability 2): a mail sent
 * over plain SMTP to the address the services get ({@code MAIL_HOST}/{@code MAIL_PORT}) arrives in the
 * recipient's mailbox, read back through {@link Mailbox}.
 */
@ExtendWith(RunningPlatform.class)
class MailboxIT {

    @Test
    void aMailSentToTheLocalSmtpServerCanBeReadFromTheRecipientsInbox() throws IOException {
        String recipient = "smoke-" + UUID.randomUUID() + "@zaanstad.example";
        String messageId = "<" + UUID.randomUUID() + "@mensenhandel.local>";

        send(RunningPlatform.setting("MAIL_HOST"), Integer.parseInt(RunningPlatform.setting("MAIL_PORT")), recipient,
                messageId, "Rooktest", "Deze mail komt aan.");

        Mailbox.Mail mail = Mailbox.local().awaitOne(recipient, m -> true, Duration.ofSeconds(10));
        assertThat(mail.messageId()).isEqualTo(messageId);
        assertThat(mail.subject()).isEqualTo("Rooktest");
        assertThat(mail.text()).contains("Deze mail komt aan.");
        assertThat(Mailbox.local().messagesTo("nobody-" + UUID.randomUUID() + "@zaanstad.example")).isEmpty();
    }

    /** A minimal SMTP client (RFC 5321): enough for a smoke test, no mail library needed. */
    private static void send(String host, int port, String to, String messageId, String subject, String body)
            throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
            expect(in, "220");
            command(out, in, "HELO system-tests", "250");
            command(out, in, "MAIL FROM:<system-tests@mensenhandel.local>", "250");
            command(out, in, "RCPT TO:<" + to + ">", "250");
            command(out, in, "DATA", "354");
            command(out, in, "From: system-tests@mensenhandel.local\r\nTo: " + to + "\r\nSubject: " + subject
                    + "\r\nMessage-ID: " + messageId + "\r\n\r\n" + body + "\r\n.", "250");
            command(out, in, "QUIT", "221");
        }
    }

    private static void command(Writer out, BufferedReader in, String line, String expected) throws IOException {
        out.write(line + "\r\n");
        out.flush();
        expect(in, expected);
    }

    private static void expect(BufferedReader in, String code) throws IOException {
        String line;
        do {
            line = in.readLine();
            assertThat(line).as("SMTP reply").isNotNull().startsWith(code);
        } while (line.length() > 3 && line.charAt(3) == '-');
    }
}
