package nl.mensenhandel.care.placements;

import java.time.Instant;
import java.util.List;

import org.bson.Document;

import nl.mensenhandel.care.eligibility.EligibilityOverride;
import nl.mensenhandel.care.providers.ContraIndication;
import nl.mensenhandel.care.trajectories.Gender;
import nl.mensenhandel.care.trajectories.StatusChange;

/**
 * A copy of a {@link Placement} with some components changed: what a transition makes of the placement, as told to
 * the notifications written in the same update (the record has too many components for hand-written withers).
 */
final class PlacementBuilder {

    private String id;
    private String region;
    private String trajectoryId;
    private PlacementType placementType;
    private String providerId;
    private String locationId;
    private PlacementStatus status;
    private List<StatusChange> statusHistory;
    private Instant reservedUntil;
    private String responsibleMunicipalityCode;
    private String comenshaReference;
    private EligibilityOverride override;
    private String informationForProvider;
    private Gender victimGender;
    private Integer victimAge;
    private DeclineReason declineReason;
    private ContraIndication contraIndication;
    private String declineNote;
    private Instant startedAt;
    private Instant plannedEndAt;
    private Instant endedAt;
    private Destination destination;
    private String followUpPlacementId;
    private Instant noodbedAlertedAt;
    private Instant createdAt;
    private long version;
    private List<Document> outbox;

    private PlacementBuilder() {
    }

    static PlacementBuilder from(Placement p) {
        PlacementBuilder b = new PlacementBuilder();
        b.id = p.id();
        b.region = p.region();
        b.trajectoryId = p.trajectoryId();
        b.placementType = p.placementType();
        b.providerId = p.providerId();
        b.locationId = p.locationId();
        b.status = p.status();
        b.statusHistory = p.statusHistory();
        b.reservedUntil = p.reservedUntil();
        b.responsibleMunicipalityCode = p.responsibleMunicipalityCode();
        b.comenshaReference = p.comenshaReference();
        b.override = p.override();
        b.informationForProvider = p.informationForProvider();
        b.victimGender = p.victimGender();
        b.victimAge = p.victimAge();
        b.declineReason = p.declineReason();
        b.contraIndication = p.contraIndication();
        b.declineNote = p.declineNote();
        b.startedAt = p.startedAt();
        b.plannedEndAt = p.plannedEndAt();
        b.endedAt = p.endedAt();
        b.destination = p.destination();
        b.followUpPlacementId = p.followUpPlacementId();
        b.noodbedAlertedAt = p.noodbedAlertedAt();
        b.createdAt = p.createdAt();
        b.version = p.version();
        b.outbox = p.outbox();
        return b;
    }

    static PlacementBuilder empty() {
        return new PlacementBuilder();
    }

    PlacementBuilder id(String value) {
        this.id = value;
        return this;
    }

    PlacementBuilder region(String value) {
        this.region = value;
        return this;
    }

    PlacementBuilder trajectoryId(String value) {
        this.trajectoryId = value;
        return this;
    }

    PlacementBuilder placementType(PlacementType value) {
        this.placementType = value;
        return this;
    }

    PlacementBuilder providerId(String value) {
        this.providerId = value;
        return this;
    }

    PlacementBuilder locationId(String value) {
        this.locationId = value;
        return this;
    }

    PlacementBuilder status(PlacementStatus value) {
        this.status = value;
        return this;
    }

    PlacementBuilder statusHistory(List<StatusChange> value) {
        this.statusHistory = value;
        return this;
    }

    PlacementBuilder reservedUntil(Instant value) {
        this.reservedUntil = value;
        return this;
    }

    PlacementBuilder responsibleMunicipalityCode(String value) {
        this.responsibleMunicipalityCode = value;
        return this;
    }

    PlacementBuilder comenshaReference(String value) {
        this.comenshaReference = value;
        return this;
    }

    PlacementBuilder override(EligibilityOverride value) {
        this.override = value;
        return this;
    }

    PlacementBuilder informationForProvider(String value) {
        this.informationForProvider = value;
        return this;
    }

    PlacementBuilder victimGender(Gender value) {
        this.victimGender = value;
        return this;
    }

    PlacementBuilder victimAge(Integer value) {
        this.victimAge = value;
        return this;
    }

    PlacementBuilder declineReason(DeclineReason value) {
        this.declineReason = value;
        return this;
    }

    PlacementBuilder contraIndication(ContraIndication value) {
        this.contraIndication = value;
        return this;
    }

    PlacementBuilder declineNote(String value) {
        this.declineNote = value;
        return this;
    }

    PlacementBuilder startedAt(Instant value) {
        this.startedAt = value;
        return this;
    }

    PlacementBuilder plannedEndAt(Instant value) {
        this.plannedEndAt = value;
        return this;
    }

    PlacementBuilder endedAt(Instant value) {
        this.endedAt = value;
        return this;
    }

    PlacementBuilder destination(Destination value) {
        this.destination = value;
        return this;
    }

    PlacementBuilder followUpPlacementId(String value) {
        this.followUpPlacementId = value;
        return this;
    }

    PlacementBuilder noodbedAlertedAt(Instant value) {
        this.noodbedAlertedAt = value;
        return this;
    }

    PlacementBuilder createdAt(Instant value) {
        this.createdAt = value;
        return this;
    }

    PlacementBuilder version(long value) {
        this.version = value;
        return this;
    }

    PlacementBuilder outbox(List<Document> value) {
        this.outbox = value;
        return this;
    }

    Placement build() {
        return new Placement(id, region, trajectoryId, placementType, providerId, locationId, status, statusHistory,
                reservedUntil, responsibleMunicipalityCode, comenshaReference, override, informationForProvider,
                victimGender, victimAge, declineReason, contraIndication, declineNote, startedAt, plannedEndAt, endedAt,
                destination, followUpPlacementId, noodbedAlertedAt, createdAt, version, outbox);
    }
}
