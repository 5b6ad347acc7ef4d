package nl.mensenhandel.platform.config;

import java.util.Arrays;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/**
 * Secrets fail closed: a key, client secret or pseudonym secret comes from the environment; only the
 * {@value #LOCAL_PROFILE} profile (the local launcher, the services' own tests) may fall back to a
 * development value, with a warning. Anywhere else a missing secret stops the start and names the
 * variable to set, so nothing ever runs on a demo secret by accident.
 */
public final class Secrets {

    /** The profile of {@code deploy/local/up} and of the services' tests. */
    public static final String LOCAL_PROFILE = "local";

    private static final Log LOG = LogFactory.getLog(Secrets.class);

    private Secrets() {
    }

    /**
     * @param property     the Spring property holding the secret (bound from {@code variable})
     * @param variable     the environment variable a deployment sets, named in the error
     * @param localDefault the development value, used only under the local profile
     */
    public static String require(Environment environment, String property, String variable, String localDefault) {
        String value = environment.getProperty(property, "");
        if (!value.isBlank()) {
            return value;
        }
        if (isLocal(environment)) {
            LOG.warn(variable + " is not set: using a development value (local profile only).");
            return localDefault;
        }
        throw new IllegalStateException("Missing secret: set the environment variable " + variable
                + " (property " + property + "). Only the '" + LOCAL_PROFILE + "' profile may run without it.");
    }

    public static boolean isLocal(Environment environment) {
        return Arrays.asList(environment.getActiveProfiles()).contains(LOCAL_PROFILE);
    }
}
