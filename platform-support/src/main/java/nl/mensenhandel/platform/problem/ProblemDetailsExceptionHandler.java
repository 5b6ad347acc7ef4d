package nl.mensenhandel.platform.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.core.codec.DecodingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.NotAcceptableStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

/**
 * Every error leaves the services as RFC 9457 problem details with a stable {@link ProblemType}, naming
 * each invalid field. A client's mistake is never a 500; an unexpected failure is logged without
 * request data (it may hold personal data) and answered with a generic 500 problem.
 */
@RestControllerAdvice
@org.springframework.core.annotation.Order(0)
public class ProblemDetailsExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Log LOG = LogFactory.getLog(ProblemDetailsExceptionHandler.class);

    @ExceptionHandler(ApiProblem.class)
    public Mono<ResponseEntity<Object>> handleApiProblem(ApiProblem problem, ServerWebExchange exchange) {
        ProblemDetail details = Problems.of(problem.type(), problem.type().status(), problem.getMessage(),
                problem.errors());
        problem.extensions().forEach(details::setProperty);
        return withInstance(details, exchange, problem.type().status());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    public Mono<ResponseEntity<Object>> handleConcurrentChange(OptimisticLockingFailureException e,
            ServerWebExchange exchange) {
        return respond(ProblemType.CONFLICT, "The resource was changed by someone else; reload and retry.",
                List.of(), exchange);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    public Mono<ResponseEntity<Object>> handleDuplicate(DuplicateKeyException e, ServerWebExchange exchange) {
        return respond(ProblemType.CONFLICT, "A resource with this key already exists.", List.of(), exchange);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public Mono<ResponseEntity<Object>> handleAccessDenied(AccessDeniedException e, ServerWebExchange exchange) {
        return respond(ProblemType.FORBIDDEN, "Your role may not do this.", List.of(), exchange);
    }

    @ExceptionHandler(Exception.class)
    public Mono<ResponseEntity<Object>> handleUnexpected(Exception e, ServerWebExchange exchange) {
        LOG.error("Unexpected failure on " + exchange.getRequest().getMethod() + " "
                + exchange.getRequest().getPath().value() + ": " + e.getClass().getName(), e);
        return respond(ProblemType.INTERNAL, "An internal error occurred. It has been logged.", List.of(), exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleWebExchangeBindException(WebExchangeBindException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        List<InvalidField> errors = new ArrayList<>();
        for (FieldError fe : ex.getFieldErrors()) {
            errors.add(new InvalidField(fe.getField(), message(fe)));
        }
        ex.getGlobalErrors().forEach(ge -> errors.add(
                new InvalidField(ge.getObjectName(), message(ge))));
        return respond(ProblemType.VALIDATION, summary(errors), errors, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        List<InvalidField> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(err -> {
                String field = name;
                if (err instanceof FieldError fe) {
                    field = fe.getField();
                }
                errors.add(new InvalidField(field, message(err)));
            });
        });
        return respond(ProblemType.VALIDATION, summary(errors), errors, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerWebInputException(ServerWebInputException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        // unreadable JSON, unknown enum constants, bad dates and bad parameter types all land here
        JacksonException jackson = findCause(ex, JacksonException.class);
        if (jackson != null) {
            String field = jackson.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            if (!field.isEmpty()) {
                var error = new InvalidField(field, "has an invalid value");
                return respond(ProblemType.VALIDATION, summary(List.of(error)), List.of(error), exchange);
            }
            return respond(ProblemType.MALFORMED_REQUEST, "The request body is not valid JSON.", List.of(), exchange);
        }
        if (ex.getMethodParameter() != null && !(ex.getCause() instanceof DecodingException)) {
            String name = ex.getMethodParameter().getParameterName();
            var error = new InvalidField(name, "has an invalid value");
            return respond(ProblemType.VALIDATION, summary(List.of(error)), List.of(error), exchange);
        }
        if (ex instanceof MissingRequestValueException missing) {
            var error = new InvalidField(missing.getName(), "is required");
            return respond(ProblemType.VALIDATION, summary(List.of(error)), List.of(error), exchange);
        }
        return respond(ProblemType.MALFORMED_REQUEST, "The request could not be read.", List.of(), exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleServerErrorException(ServerErrorException ex, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        // WebFlux reports a path variable that converts to nothing (e.g. a blank id) as a "missing path variable"
        // server error; the route matched, so the client sent that segment: a bad parameter, not our fault
        MethodParameter parameter = ex.getMethodParameter();
        PathVariable pathVariable = parameter == null ? null : parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null) {
            String name = !pathVariable.value().isEmpty() ? pathVariable.value() : parameter.getParameterName();
            var error = new InvalidField(name, "has an invalid value");
            return respond(ProblemType.VALIDATION, summary(List.of(error)), List.of(error), exchange);
        }
        return super.handleServerErrorException(ex, headers, status, exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleMethodNotAllowedException(MethodNotAllowedException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return respond(ProblemType.METHOD_NOT_ALLOWED, ex.getReason(), List.of(), exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleNotAcceptableStatusException(NotAcceptableStatusException ex,
            HttpHeaders headers, HttpStatusCode status, ServerWebExchange exchange) {
        return respond(ProblemType.NOT_ACCEPTABLE, ex.getReason(), List.of(), exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleUnsupportedMediaTypeStatusException(
            UnsupportedMediaTypeStatusException ex, HttpHeaders headers, HttpStatusCode status,
            ServerWebExchange exchange) {
        return respond(ProblemType.UNSUPPORTED_MEDIA_TYPE, ex.getReason(), List.of(), exchange);
    }

    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode status, ServerWebExchange exchange) {
        // everything the base class maps itself (e.g. 404 for an unknown path, 413 for a body over the codecs'
        // max-in-memory-size) still gets a stable type
        ProblemType type = status.value() == HttpStatus.NOT_FOUND.value() ? ProblemType.NOT_FOUND
                : status.value() == HttpStatus.CONTENT_TOO_LARGE.value() ? ProblemType.CONTENT_TOO_LARGE
                : status.is4xxClientError() ? ProblemType.MALFORMED_REQUEST : ProblemType.INTERNAL;
        String detail = body instanceof ProblemDetail pd && pd.getDetail() != null ? pd.getDetail() : type.title();
        ProblemDetail problem = Problems.of(type, status, detail, List.of());
        return withInstance(problem, exchange, status);
    }

    private Mono<ResponseEntity<Object>> respond(ProblemType type, String detail,
            List<InvalidField> errors, ServerWebExchange exchange) {
        return withInstance(Problems.of(type, type.status(), detail, errors), exchange, type.status());
    }

    private Mono<ResponseEntity<Object>> withInstance(ProblemDetail problem, ServerWebExchange exchange,
            HttpStatusCode status) {
        problem.setInstance(java.net.URI.create(exchange.getRequest().getPath().value()));
        return Mono.just(ResponseEntity.status(status).contentType(Problems.PROBLEM_JSON).body(problem));
    }

    private static String summary(List<InvalidField> errors) {
        if (errors.isEmpty()) {
            return "The request is not valid.";
        }
        return "Invalid field(s): " + errors.stream().map(InvalidField::field)
                .distinct().collect(Collectors.joining(", ")) + ".";
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() != null ? error.getDefaultMessage() : "is invalid";
    }

    private static <T extends Throwable> T findCause(Throwable t, Class<T> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }
}
