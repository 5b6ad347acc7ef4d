package nl.mensenhandel.platform.statistics;

import java.util.Collection;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.security.ServiceAccounts;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Who may read a service's statistics (issue 11 §1, access-matrix rows {@code get*Statistics}): only a platform
 * service account listed in {@code <service>.statistics-clients} (default {@code monitor-service}) — the counts are
 * unsuppressed and the monitor applies disclosure control before any person sees them, so any user token answers
 * 403 whatever its roles (rule {@value #RULE}). A service account has no region of its own: the region is the
 * {@code region} query parameter, which must be a region of the platform (400 naming {@code region} otherwise).
 * <p>
 * One mechanism for every service, on top of {@link ServiceAccounts} (the same check as the command receivers'):
 * a service only names its configuration prefix.
 */
public final class StatisticsCallers {

    /** The rule a refused caller is told. */
    public static final String RULE = "statistics-for-platform-services";

    /** The default reader: the monitor's own service account (realm client {@code monitor-service}). */
    public static final String DEFAULT_CLIENT = "monitor-service";

    private final ServiceAccounts readers;
    private final MunicipalityRegistry municipalities;

    public StatisticsCallers(Collection<String> clients, MunicipalityRegistry municipalities) {
        this.readers = new ServiceAccounts(clients);
        this.municipalities = municipalities;
    }

    /**
     * The readers configured under {@code <prefix>.statistics-clients} (a list or a comma-separated value, e.g. from
     * {@code SIGNAL_STATISTICS_CLIENTS}); {@value #DEFAULT_CLIENT} when not set.
     */
    public static StatisticsCallers configured(Environment environment, String prefix) {
        Set<String> clients = Binder.get(environment)
                .bind(prefix + ".statistics-clients", Bindable.setOf(String.class))
                .orElse(Set.of(DEFAULT_CLIENT));
        return new StatisticsCallers(clients, MunicipalityRegistry.load());
    }

    /**
     * The reading service acting in {@code region} (for region-scoped reads), or a 403 problem for anyone else, or a
     * 400 problem naming {@code region} when it is not a region of the platform. The caller is checked first: a user
     * learns nothing about regions.
     */
    public Mono<TenantContext> require(String region) {
        return readers.require(RULE, "Statistics are read by the platform's monitor only")
                .flatMap(reader -> region == null || municipalities.inRegion(region).isEmpty()
                        ? Mono.error(ApiProblem.invalidField("region", "is not a region of the platform"))
                        : Mono.just(reader.actingIn(region)));
    }

    public Set<String> clients() {
        return readers.trustedClients();
    }
}
