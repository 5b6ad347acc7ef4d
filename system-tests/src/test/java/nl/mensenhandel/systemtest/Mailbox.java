package nl.mensenhandel.systemtest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * The inboxes of the local mail server (GreenMail, started by {@code deploy/local/up}), read through its
 * REST API ({@code MAIL_API_URL} in {@code platform.env}) with the JDK's HTTP client — system-tests depend on
 * no project module and on no mail library.
 *
 * <pre>
 * Mailbox.Mail mail = Mailbox.local().awaitOne("melder@zaanstad.example",
 *         m -> m.subject().contains("Terugkoppeling"), Duration.ofSeconds(30));
 * </pre>
 */
public final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** One received mail: its headers as GreenMail reports them, and the raw MIME text. */
    public record Mail(String messageId, String subject, String mime) {

        /** The body as text: after the headers, quoted-printable or base64 decoded (single-part mails). */
        public String text() {
            int split = mime.indexOf("\r\n\r\n");
            String headers = split < 0 ? "" : mime.substring(0, split).toLowerCase(Locale.ROOT);
            String body = split < 0 ? mime : mime.substring(split + 4);
            if (headers.contains("content-transfer-encoding: quoted-printable")) {
                return quotedPrintable(body);
            }
            if (headers.contains("content-transfer-encoding: base64")) {
                return new String(Base64.getMimeDecoder().decode(body.trim()), StandardCharsets.UTF_8);
            }
            return body;
        }

        /** The raw value of a header (first occurrence), unfolded. */
        public String header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            String[] lines = mime.split("\r\n");
            for (int i = 0; i < lines.length && !lines[i].isEmpty(); i++) {
                if (lines[i].toLowerCase(Locale.ROOT).startsWith(prefix)) {
                    StringBuilder value = new StringBuilder(lines[i].substring(prefix.length()).trim());
                    for (int j = i + 1; j < lines.length && (lines[j].startsWith(" ") || lines[j].startsWith("\t")); j++) {
                        value.append(' ').append(lines[j].trim());
                    }
                    return value.toString();
                }
            }
            return null;
        }
    }

    private final String apiUrl;

    private Mailbox(String apiUrl) {
        this.apiUrl = apiUrl;
    }

    /** The local GreenMail of the running platform; fails when the platform runs with an external mail server. */
    public static Mailbox local() {
        String url = RunningPlatform.setting("MAIL_API_URL");
        if (url == null || url.isBlank()) {
            throw new IllegalStateException("No MAIL_API_URL in deploy/local/.run/platform.env: the platform runs "
                    + "without the local mail server (MAIL_HOST set?)");
        }
        return new Mailbox(url.replaceAll("/$", ""));
    }

    /** Every mail received for the address so far (GreenMail keeps mail in memory until it stops). */
    public List<Mail> messagesTo(String address) {
        HttpResponse<String> response = get("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                + "/messages/");
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            return List.of(); // no mailbox yet: nothing received
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GreenMail API answered " + response.statusCode() + ": " + response.body());
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode node : Api.JSON.readTree(response.body())) {
            mails.add(new Mail(node.path("Message-ID").asString(), node.path("subject").asString(),
                    node.path("mimeMessage").asString()));
        }
        return mails;
    }

    /** Waits (bounded) until the address received at least one matching mail; returns all matching ones then. */
    public List<Mail> await(String address, Predicate<Mail> matching, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            List<Mail> found = messagesTo(address).stream().filter(matching).toList();
            if (!found.isEmpty()) {
                return found;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail to " + address + " matching within " + atMost.toSeconds()
                        + " s; received: " + messagesTo(address).stream().map(Mail::subject).toList());
            }
            sleep(250);
        }
    }

    /** Waits for the first matching mail and returns it. */
    public Mail awaitOne(String address, Predicate<Mail> matching, Duration atMost) {
        return await(address, matching, atMost).getFirst();
    }

    private HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(Duration.ofSeconds(5)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("GreenMail API at " + apiUrl + " not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String quotedPrintable(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String joined = text.replace("=\r\n", "").replace("=\n", "");
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && isHex(joined, i + 1) && isHex(joined, i + 2)) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String s, int at) {
        return at < s.length() && Character.digit(s.charAt(at), 16) >= 0;
    }
}
