package nl.mensenhandel.signal.signal;

import static nl.mensenhandel.signal.contract.ApiMapping.convert;
import static nl.mensenhandel.signal.contract.ApiMapping.list;
import static nl.mensenhandel.signal.contract.ApiMapping.time;
import static nl.mensenhandel.signal.contract.ApiMapping.uuid;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.mensenhandel.platform.tenancy.TenantContext;
import nl.mensenhandel.signal.api.model.PersonView;
import nl.mensenhandel.signal.api.model.SignalSummaryItem;
import nl.mensenhandel.signal.api.model.StatusCounts;
import nl.mensenhandel.signal.links.SignalLink;

/** Between the generated contract models and the stored signal. */
public final class SignalApiMapper {

    private SignalApiMapper() {
    }

    public static nl.mensenhandel.signal.api.model.Signal toApi(Signal s, TenantContext caller, SignalAccessPolicy access,
            List<SignalLink> links) {
        if (access.outlineOnly(caller, s)) {
            return toOutline(s).informedAsResidence(access.informedAsResidence(caller, s));
        }
        String mergedInto = links.stream()
                .filter(l -> l.active() && l.kind() == nl.mensenhandel.signal.links.LinkKind.MERGE
                        && l.otherSignalId().equals(s.id()))
                .map(SignalLink::signalId).findFirst().orElse(null);
        // the full view is the outline plus what only the AF who works the signal may read
        return toOutline(s)
                .categories(list(s.categories()))
                .sector(s.sector())
                .reporter(s.reporter() == null ? null : new nl.mensenhandel.signal.api.model.Reporter()
                        .organisation(s.reporter().organisation()).name(s.reporter().name())
                        .contact(s.reporter().contact()))
                .description(s.description())
                .location(apiLocation(s.location()))
                .persons(list(s.persons()).stream().map(p -> new PersonView()
                        .role(convert(p.role(), nl.mensenhandel.signal.api.model.PersonRole.class))
                        .minor(p.minor()).yearOfBirth(p.yearOfBirth()).nationality(p.nationality())
                        .gender(convert(p.gender(), nl.mensenhandel.signal.api.model.Gender.class))
                        .hasPersonKey(p.personKey() != null)
                        .residenceMunicipalityCode(p.residenceMunicipalityCode())).toList())
                .indicators(list(s.indicators()))
                .forwardedTo(s.forwardedTo())
                .feedback(s.feedback())
                .feedbackHistory(list(s.feedbackHistory()).stream().map(f -> new nl.mensenhandel.signal.api.model.FeedbackEntry()
                        .result(convert(f.result(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                        .text(f.text())
                        .channels(list(f.channels()).stream()
                                .map(c -> convert(c, nl.mensenhandel.signal.api.model.FeedbackChannel.class)).toList())
                        .sentTo(f.recipient()).at(time(f.at())).by(f.by())).toList())
                .history(list(s.history()).stream().map(h -> new nl.mensenhandel.signal.api.model.TransitionRecord()
                        .from(convert(h.from(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                        .to(convert(h.to(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                        .at(time(h.at())).by(h.by()).reason(h.reason())
                        .closingReason(convert(h.closingReason(), nl.mensenhandel.signal.api.model.ClosingReason.class))
                        .acuteAction(h.acuteAction()))
                        .toList())
                .meldcode(Meldcode.of(s).map(m -> new nl.mensenhandel.signal.api.model.Meldcode()
                        .route(nl.mensenhandel.signal.api.model.Meldcode.RouteEnum.fromValue(m.route()))
                        .reason(nl.mensenhandel.signal.api.model.Meldcode.ReasonEnum.fromValue(m.reason())))
                        .orElse(null))
                .enrichments(list(s.enrichments()).stream().map(SignalApiMapper::toApi).toList())
                .links(links.stream().map(SignalApiMapper::toApi).toList())
                .mergedInto(uuid(mergedInto))
                .informedAsResidence(access.informedAsResidence(caller, s))
                .outlineOnly(false)
                .residenceDisclosures(list(s.residenceDisclosures()).stream().map(SignalApiMapper::toApi).toList())
                .createdBy(s.createdBy())
                .suggestedForms(apiSuggestedForms(s))
                .classificationHistory(list(s.classificationHistory()).stream().map(SignalApiMapper::toApi).toList())
                .onBehalfOf(s.onBehalfOf() == null ? null : new nl.mensenhandel.signal.api.model.OnBehalfOf()
                        .receivedVia(convert(s.onBehalfOf().receivedVia(), nl.mensenhandel.signal.api.model.ReceivedVia.class))
                        .organisation(s.onBehalfOf().organisation()).contactPerson(s.onBehalfOf().contactPerson())
                        .contact(s.onBehalfOf().contact()))
                .handovers(list(s.handovers()).stream().map(SignalApiMapper::toApi).toList())
                .forwardedOutside(toApi(s.forwardedOutside()));
    }

    public static nl.mensenhandel.signal.api.model.ClassificationChange toApi(ClassificationChange c) {
        return new nl.mensenhandel.signal.api.model.ClassificationChange()
                .field(convert(c.field(), nl.mensenhandel.signal.api.model.ClassificationField.class))
                .from(list(c.from())).to(list(c.to())).reason(c.reason()).by(c.by()).at(time(c.at()));
    }

    private static List<nl.mensenhandel.signal.api.model.ExploitationForm> apiSuggestedForms(Signal s) {
        return s.suggestedForms() == null ? List.of() : s.suggestedForms().stream().sorted()
                .map(f -> convert(f, nl.mensenhandel.signal.api.model.ExploitationForm.class)).toList();
    }

    public static nl.mensenhandel.signal.api.model.Handover toApi(Handover h) {
        return new nl.mensenhandel.signal.api.model.Handover()
                .id(uuid(h.id())).fromMunicipalityCode(h.fromMunicipalityCode()).fromRegion(h.fromRegion())
                .toMunicipalityCode(h.toMunicipalityCode()).toRegion(h.toRegion())
                .status(convert(h.status(), nl.mensenhandel.signal.api.model.HandoverStatus.class))
                .reason(h.reason()).forwardedTo(h.forwardedTo()).requestedBy(h.requestedBy())
                .requestedAt(time(h.requestedAt())).decidedBy(h.decidedBy()).decidedAt(time(h.decidedAt()))
                .decisionReason(h.decisionReason());
    }

    public static nl.mensenhandel.signal.api.model.ForwardedOutside toApi(ForwardedOutside f) {
        return f == null ? null : new nl.mensenhandel.signal.api.model.ForwardedOutside()
                .municipalityCode(f.municipalityCode()).to(f.to()).at(time(f.at()));
    }

    /**
     * What the residence AF of another region reads without a disclosure: forms, status, municipality codes
     * and dates — no description, reporter, location, persons, enrichments, links, nor the history (it
     * names staff). Only the fields listed here leave the service.
     */
    static nl.mensenhandel.signal.api.model.Signal toOutline(Signal s) {
        return new nl.mensenhandel.signal.api.model.Signal()
                .id(uuid(s.id()))
                .region(s.region())
                .municipalityCode(s.municipalityCode())
                .residenceMunicipalityCode(s.residenceMunicipalityCode())
                .forms(apiForms(s))
                .sourceType(convert(s.sourceType(), nl.mensenhandel.signal.api.model.SourceType.class))
                .observedAt(time(s.observedAt()))
                .urgency(convert(s.urgency(), nl.mensenhandel.signal.api.model.Urgency.class))
                .status(convert(s.status(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                .closingReason(convert(s.closingReason(), nl.mensenhandel.signal.api.model.ClosingReason.class))
                // the generated model starts lists empty: absent, not empty, is what the contract promises
                .categories(null).persons(null).indicators(null).history(null).enrichments(null).links(null)
                .feedbackHistory(null)
                .residenceDisclosures(null).suggestedForms(null).classificationHistory(null).handovers(null)
                .informedAsResidence(true)
                .outlineOnly(true)
                .anonymisedAt(time(s.anonymisedAt()))
                .caseReference(caseReference(s))
                .createdAt(time(s.createdAt()))
                .updatedAt(time(s.updatedAt()));
    }

    public static nl.mensenhandel.signal.api.model.ResidenceDisclosure toApi(ResidenceDisclosure d) {
        return new nl.mensenhandel.signal.api.model.ResidenceDisclosure()
                .municipalityCode(d.municipalityCode()).region(d.region()).reason(d.reason()).by(d.by())
                .at(time(d.at()));
    }

    public static nl.mensenhandel.signal.api.model.Enrichment toApi(Enrichment e) {
        return new nl.mensenhandel.signal.api.model.Enrichment()
                .id(uuid(e.entryId()))
                .source(convert(e.source(), nl.mensenhandel.signal.api.model.EnrichmentSource.class))
                .summary(e.summary()).legalBasis(e.legalBasis()).author(e.author()).at(time(e.at()))
                .corrects(uuid(e.corrects()));
    }

    public static nl.mensenhandel.signal.api.model.SignalLink toApi(SignalLink l) {
        return new nl.mensenhandel.signal.api.model.SignalLink()
                .id(uuid(l.id())).signalId(uuid(l.signalId())).otherSignalId(uuid(l.otherSignalId()))
                .kind(convert(l.kind(), nl.mensenhandel.signal.api.model.LinkKind.class))
                .reason(l.reason()).by(l.by()).at(time(l.at()))
                .revokedAt(time(l.revokedAt())).revokedBy(l.revokedBy()).revocationReason(l.revocationReason());
    }

    static SignalSummaryItem toSummary(Signal s, TenantContext caller, SignalAccessPolicy access,
            Map<String, String> mergedInto) {
        return new SignalSummaryItem()
                .id(uuid(s.id()))
                .municipalityCode(s.municipalityCode())
                .residenceMunicipalityCode(s.residenceMunicipalityCode())
                .forms(List.copyOf(apiForms(s)))
                .categories(list(s.categories()))
                .sourceType(convert(s.sourceType(), nl.mensenhandel.signal.api.model.SourceType.class))
                .status(convert(s.status(), nl.mensenhandel.signal.api.model.SignalStatus.class))
                .urgency(convert(s.urgency(), nl.mensenhandel.signal.api.model.Urgency.class))
                .observedAt(time(s.observedAt()))
                .createdAt(time(s.createdAt()))
                .mergedInto(uuid(mergedInto.get(s.id())))
                .suggestedForms(apiSuggestedForms(s))
                .informedAsResidence(access.informedAsResidence(caller, s))
                .caseReference(caseReference(s));
    }

    private static String caseReference(Signal s) {
        return s.onCaseAgenda() ? s.triage().caseReference() : null;
    }

    static StatusCounts toApi(Map<SignalStatus, Long> counts) {
        return new StatusCounts()
                .ONTVANGEN(counts.get(SignalStatus.ONTVANGEN))
                .IN_VERRIJKING(counts.get(SignalStatus.IN_VERRIJKING))
                .TER_WEGING(counts.get(SignalStatus.TER_WEGING))
                .DOORGELEID(counts.get(SignalStatus.DOORGELEID))
                .AFGESLOTEN(counts.get(SignalStatus.AFGESLOTEN));
    }

    private static LinkedHashSet<nl.mensenhandel.signal.api.model.ExploitationForm> apiForms(Signal s) {
        return s.forms().stream().sorted()
                .map(f -> convert(f, nl.mensenhandel.signal.api.model.ExploitationForm.class))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static nl.mensenhandel.signal.api.model.Location apiLocation(Location l) {
        return l == null ? null : new nl.mensenhandel.signal.api.model.Location().street(l.street())
                .houseNumber(l.houseNumber()).postcode(l.postcode()).city(l.city()).businessName(l.businessName())
                .kvkNumber(l.kvkNumber()).description(l.description());
    }
}
