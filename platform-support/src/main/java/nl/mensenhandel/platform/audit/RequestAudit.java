package nl.mensenhandel.platform.audit;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;

import nl.mensenhandel.platform.tenancy.TenantContext;

/**
 * What the access log needs to know about the request in progress: its trace id, and — once the token
 * has been validated — the caller and the client it came through. Lives in the exchange's attributes and
 * in the Reactor context of the request, so a service's own log calls and the log of refused calls see
 * the same values.
 */
public final class RequestAudit {

    static final String ATTRIBUTE = RequestAudit.class.getName();

    /** W3C Trace Context: version-traceid-parentid-flags; an all-zero trace id is invalid. */
    private static final Pattern TRACEPARENT = Pattern.compile("^[0-9a-f]{2}-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$");
    private static final Pattern REQUEST_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");

    private final String traceId;
    private volatile TenantContext caller;
    private volatile String client;
    private volatile String onBehalfOf;

    RequestAudit(String traceId) {
        this.traceId = traceId;
    }

    /**
     * The trace id of a request: the W3C {@code traceparent} trace-id, else a well-formed
     * {@code X-Request-Id}, else a new random one (so the entries of one request still belong together).
     * Client-sent values are checked for shape only — they are correlation ids, not proof of anything.
     */
    static String traceIdOf(HttpHeaders headers) {
        String traceparent = headers.getFirst("traceparent");
        if (traceparent != null) {
            Matcher m = TRACEPARENT.matcher(traceparent.trim());
            if (m.matches() && !m.group(1).equals("0".repeat(32))) {
                return m.group(1);
            }
        }
        String requestId = headers.getFirst("X-Request-Id");
        if (requestId != null && REQUEST_ID.matcher(requestId.trim()).matches()) {
            return requestId.trim();
        }
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    public String traceId() {
        return traceId;
    }

    public TenantContext caller() {
        return caller;
    }

    public String client() {
        return client;
    }

    public String onBehalfOf() {
        return onBehalfOf;
    }

    void authenticated(TenantContext who, String viaClient, String forWhom) {
        this.caller = who;
        this.client = viaClient;
        this.onBehalfOf = forWhom;
    }
}
