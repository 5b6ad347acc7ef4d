package nl.mensenhandel.platform.problem;

import java.net.URI;

import org.springframework.http.HttpStatus;

/**
 * The stable problem types of the platform (RFC 9457 {@code type}). Clients may switch on these URIs;
 * never rename one. Documented in {@code api-specs/common.yaml}.
 */
public enum ProblemType {
    VALIDATION("validation", HttpStatus.BAD_REQUEST, "The request is not valid"),
    MALFORMED_REQUEST("malformed-request", HttpStatus.BAD_REQUEST, "The request body could not be read"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Not allowed for your role"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    CONTENT_TOO_LARGE("content-too-large", HttpStatus.CONTENT_TOO_LARGE, "The request body is too large"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.CONFLICT,
            "The Idempotency-Key was already used for a different request"),
    CONFLICT("conflict", HttpStatus.CONFLICT, "The resource was changed concurrently"),
    ILLEGAL_TRANSITION("illegal-transition", HttpStatus.CONFLICT, "Not allowed in the resource's current state"),
    UNPROCESSABLE("unprocessable", HttpStatus.UNPROCESSABLE_CONTENT, "The request breaks a business rule"),
    /** signal-service: the municipality takes no anonymous reports (DOMAIN.md §9); the problem says where to go. */
    ANONYMOUS_INTAKE_CLOSED("anonymous-intake-closed", HttpStatus.UNPROCESSABLE_CONTENT,
            "This municipality takes no anonymous reports here"),
    /** care-coordination-service: no free place to reserve at the location (another location, or wait). */
    NO_FREE_PLACE("no-free-place", HttpStatus.CONFLICT, "No free place at this location"),
    /** A field tool's record whose id is stored with other content; extension members {@code stored}, {@code received}. */
    FIELD_RECORD_CONFLICT("field-record-conflict", HttpStatus.CONFLICT,
            "A record with this id was received before with other content"),
    /** monitor-service: a partner-figures CSV with bad lines; extension member {@code lineErrors}; nothing imported. */
    PARTNER_FIGURES_INVALID("partner-figures-invalid", HttpStatus.UNPROCESSABLE_CONTENT,
            "The partner figures have invalid lines; nothing was imported"),
    RATE_LIMITED("rate-limited", HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service temporarily unavailable"),
    INTERNAL("internal", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    public static final String BASE = "urn:mensenhandel:problem:";

    private final URI uri;
    private final HttpStatus status;
    private final String title;

    ProblemType(String slug, HttpStatus status, String title) {
        this.uri = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }
}
