package nl.mensenhandel.care.capacity;

import java.time.ZoneOffset;
import java.util.Comparator;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.care.api.ProvidersApi;
import nl.mensenhandel.care.api.model.Capacity;
import nl.mensenhandel.care.api.model.CapacityPublication;
import nl.mensenhandel.care.api.model.CareProvider;
import nl.mensenhandel.care.placements.PlacementType;
import nl.mensenhandel.care.providers.CareLocation;
import nl.mensenhandel.care.providers.CareProviderDirectory;
import nl.mensenhandel.platform.tenancy.CurrentTenant;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code providers} tag of {@code api-specs/care-coordination-service.yaml}: the catalogue
 * ({@code listCareProviders}) and live capacity ({@code publishCapacity}, {@code listCapacity}). Rules live in
 * {@link Capacities}, {@link CapacityRules} and {@link CareProviderDirectory}.
 */
@RestController
public class ProvidersController implements ProvidersApi {

    private final CareProviderDirectory directory;
    private final Capacities capacities;

    public ProvidersController(CareProviderDirectory directory, Capacities capacities) {
        this.directory = directory;
        this.capacities = capacities;
    }

    @Override
    public Mono<ResponseEntity<Flux<CareProvider>>> listCareProviders(ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(directory::visibleTo)
                .map(providers -> ResponseEntity.ok(Flux.fromIterable(providers).map(ProvidersController::toApi)));
    }

    @Override
    public Mono<ResponseEntity<Capacity>> publishCapacity(String providerId, String locationId,
            nl.mensenhandel.care.api.model.PlacementType placementType, Mono<CapacityPublication> body,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> body.flatMap(publication -> capacities.publish(caller,
                        providerId, locationId, PlacementType.valueOf(placementType.getValue()),
                        new Capacities.Publication(publication.getMaximum(), publication.getAvailable(),
                                publication.getUpdatedAt().toInstant()))))
                .map(view -> ResponseEntity.ok(toApi(view)));
    }

    @Override
    public Mono<ResponseEntity<Flux<Capacity>>> listCapacity(nl.mensenhandel.care.api.model.PlacementType placementType,
            ServerWebExchange exchange) {
        PlacementType only = placementType == null ? null : PlacementType.valueOf(placementType.getValue());
        return CurrentTenant.get().flatMap(caller -> capacities.list(caller, only).map(ProvidersController::toApi)
                        .collectList())
                .map(items -> ResponseEntity.ok(Flux.fromIterable(items)));
    }

    static Capacity toApi(Capacities.View view) {
        Capacity capacity = new Capacity()
                .providerId(view.location().providerId())
                .locationId(view.location().id())
                .placementType(nl.mensenhandel.care.api.model.PlacementType.fromValue(view.type().name()))
                .stale(view.stale());
        LocationCapacity stored = view.stored();
        if (stored == null) {
            // never published: available and maximum unknown (absent, not zero); nothing can be reserved
            return capacity.reserved(0).free(0);
        }
        return capacity.maximum(stored.maximum())
                .available(stored.available())
                .reserved(stored.reserved())
                .free(stored.free())
                .updatedAt(stored.updatedAt().atOffset(ZoneOffset.UTC));
    }

    private static CareProvider toApi(nl.mensenhandel.care.providers.CareProvider provider) {
        return new CareProvider()
                .id(provider.id())
                .name(provider.name())
                .region(provider.region())
                .locations(provider.locations().stream().map(ProvidersController::toApi).toList());
    }

    private static nl.mensenhandel.care.api.model.CareLocation toApi(CareLocation location) {
        return new nl.mensenhandel.care.api.model.CareLocation()
                .id(location.id())
                .providerId(location.providerId())
                .name(location.name())
                .placementTypes(location.placementTypes().stream().sorted(Comparator.naturalOrder())
                        .map(type -> nl.mensenhandel.care.api.model.PlacementType.fromValue(type.name())).toList())
                .gender(nl.mensenhandel.care.api.model.CareLocation.GenderEnum.fromValue(location.gender().name()))
                .minAge(location.minAge())
                .maxAge(location.maxAge())
                .catchment(nl.mensenhandel.care.api.model.CareLocation.CatchmentEnum
                        .fromValue(location.catchment().name()))
                .contraIndications(location.contraIndications().stream().sorted(Comparator.naturalOrder())
                        .map(ci -> nl.mensenhandel.care.api.model.ContraIndication.fromValue(ci.name())).toList())
                .noodbedMaximumStayDays(location.noodbedMaximumStayDays())
                .publishesCapacity(location.publishesCapacity());
    }
}
