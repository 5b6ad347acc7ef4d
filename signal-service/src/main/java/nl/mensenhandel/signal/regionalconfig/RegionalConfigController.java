package nl.mensenhandel.signal.regionalconfig;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.RegionalConfigApi;
import nl.mensenhandel.signal.api.model.Category;
import nl.mensenhandel.signal.api.model.CategoryDefinition;
import nl.mensenhandel.signal.api.model.ExploitationForm;
import nl.mensenhandel.signal.api.model.Sector;
import nl.mensenhandel.signal.api.model.SectorDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
public class RegionalConfigController implements RegionalConfigApi {

    private final RegionalVocabulary vocabulary;

    public RegionalConfigController(RegionalVocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public Mono<ResponseEntity<Flux<Category>>> listCategories(ServerWebExchange exchange) {
        return CurrentTenant.get().map(caller -> ResponseEntity.ok(vocabulary.categories(caller).map(
                RegionalConfigController::toApi)));
    }

    @Override
    public Mono<ResponseEntity<Category>> putCategory(String code, Mono<CategoryDefinition> definition,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(definition)
                .flatMap(t -> vocabulary.putCategory(t.getT1(), code, t.getT2().getName(),
                        nl.mensenhandel.signal.signal.ExploitationForm.valueOf(t.getT2().getForm().name()),
                        !Boolean.FALSE.equals(t.getT2().getActive())))
                .map(category -> ResponseEntity.ok(toApi(category)));
    }

    @Override
    public Mono<ResponseEntity<Flux<Sector>>> listSectors(ServerWebExchange exchange) {
        return CurrentTenant.get().map(caller -> ResponseEntity.ok(vocabulary.sectors(caller).map(
                RegionalConfigController::toApi)));
    }

    @Override
    public Mono<ResponseEntity<Sector>> putSector(String code, Mono<SectorDefinition> definition,
            ServerWebExchange exchange) {
        return CurrentTenant.get().zipWith(definition)
                .flatMap(t -> vocabulary.putSector(t.getT1(), code, t.getT2().getName(),
                        !Boolean.FALSE.equals(t.getT2().getActive())))
                .map(sector -> ResponseEntity.ok(toApi(sector)));
    }

    private static Category toApi(RegionalCategory c) {
        return new Category(c.code(), c.name(), ExploitationForm.fromValue(c.form().name()), c.active());
    }

    private static Sector toApi(RegionalSector s) {
        return new Sector(s.code(), s.name(), s.active());
    }
}
