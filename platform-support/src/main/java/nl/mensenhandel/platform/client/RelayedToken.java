package nl.mensenhandel.platform.client;

import java.util.concurrent.Callable;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Carries the caller's bearer token into a blocking generated (Feign) client call. The call runs on a
 * bounded-elastic worker thread, never on the event loop, so the token is handed over explicitly
 * instead of being read from the reactive context there.
 */
public final class RelayedToken implements RequestInterceptor {

    private static final ThreadLocal<String> TOKEN = new ThreadLocal<>();

    /** Runs {@code call} on the current (worker) thread with {@code bearerToken} relayed. */
    public static <T> T with(String bearerToken, Callable<T> call) throws Exception {
        TOKEN.set(bearerToken);
        try {
            return call.call();
        } finally {
            TOKEN.remove();
        }
    }

    @Override
    public void apply(RequestTemplate template) {
        String token = TOKEN.get();
        if (token != null) {
            template.header("Authorization", "Bearer " + token);
        }
    }
}
