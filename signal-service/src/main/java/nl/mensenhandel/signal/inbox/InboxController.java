package nl.mensenhandel.signal.inbox;

import static nl.mensenhandel.signal.contract.ApiMapping.time;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import nl.mensenhandel.platform.tenancy.CurrentTenant;
import nl.mensenhandel.signal.api.inbox.InboxApi;
import nl.mensenhandel.signal.api.inbox.model.Meldcode;
import nl.mensenhandel.signal.api.inbox.model.NewNotification;
import nl.mensenhandel.signal.api.inbox.model.NotificationPage;
import nl.mensenhandel.signal.api.inbox.model.NotificationUrgency;
import nl.mensenhandel.signal.api.inbox.model.PageMetadata;
import nl.mensenhandel.signal.api.inbox.model.ResourceReference;
import reactor.core.publisher.Mono;

/** The inbox contract ({@code api-specs/inbox.yaml}). */
@RestController
@EnableConfigurationProperties(InboxPosters.class)
public class InboxController implements InboxApi {

    private final Inbox inbox;
    private final InboxPosters posters;

    public InboxController(Inbox inbox, InboxPosters posters) {
        this.inbox = inbox;
        this.posters = posters;
    }

    @Override
    public Mono<ResponseEntity<NotificationPage>> listMyNotifications(Integer page, Integer size, Boolean unreadOnly,
            ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> inbox.mine(caller, page, size, Boolean.TRUE.equals(unreadOnly))
                .map(result -> ResponseEntity.ok(new NotificationPage()
                        .items(result.page().items().stream().map(n -> toApi(n, caller.subject())).toList())
                        .page(new PageMetadata().number(result.page().number()).size(result.page().size())
                                .totalElements(result.page().totalElements())
                                .totalPages(result.page().totalPages()))
                        .unreadCount(result.unreadCount()))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.inbox.model.Notification>> markNotificationRead(
            UUID notificationId, ServerWebExchange exchange) {
        return CurrentTenant.get().flatMap(caller -> inbox.markRead(caller, notificationId.toString())
                .map(n -> ResponseEntity.ok(toApi(n, caller.subject()))));
    }

    @Override
    public Mono<ResponseEntity<nl.mensenhandel.signal.api.inbox.model.Notification>> postNotification(
            Mono<NewNotification> newNotification, @Nullable String idempotencyKey, ServerWebExchange exchange) {
        return posters.current().zipWith(newNotification)
                .flatMap(t -> inbox.post(t.getT1(), toPost(t.getT2()), idempotencyKey))
                .map(outcome -> ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .body(toApi(outcome.resource(), null)));
    }

    private static Inbox.Post toPost(NewNotification n) {
        List<Audience> audience = n.getAudience().stream()
                .map(a -> new Audience(a.getRole(), a.getMunicipalityCode(), a.getUsername())).toList();
        return new Inbox.Post(n.getRegion(), n.getKind(), n.getAbout().getType(), n.getAbout().getId(),
                n.getMunicipalityCode(), n.getUrgency() == null ? null : n.getUrgency().getValue(),
                n.getMeldcode() == null ? null : new MeldcodeFlag(n.getMeldcode().getRoute().getValue(),
                        n.getMeldcode().getReason().getValue()),
                n.getMessage(), audience);
    }

    /** The notification as the reader sees it: with their own read mark only (never who else read it). */
    static nl.mensenhandel.signal.api.inbox.model.Notification toApi(Notification n, String readerSubject) {
        ReadMark mark = readerSubject == null ? null : n.readBy(readerSubject);
        return new nl.mensenhandel.signal.api.inbox.model.Notification()
                .id(UUID.fromString(n.id()))
                .region(n.region())
                .kind(n.kind())
                .source(n.source())
                .about(new ResourceReference().type(n.aboutType()).id(n.aboutId()))
                .municipalityCode(n.municipalityCode())
                .urgency(n.urgency() == null ? null : NotificationUrgency.fromValue(n.urgency()))
                .meldcode(n.meldcode() == null ? null : new Meldcode()
                        .route(Meldcode.RouteEnum.fromValue(n.meldcode().route()))
                        .reason(Meldcode.ReasonEnum.fromValue(n.meldcode().reason())))
                .message(n.message())
                .createdAt(time(n.createdAt()))
                .read(mark != null)
                .readAt(mark == null ? null : time(mark.at()));
    }
}
