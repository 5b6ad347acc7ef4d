package nl.mensenhandel.enforcement.attachments;

import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import nl.mensenhandel.enforcement.api.model.Attachment;
import nl.mensenhandel.enforcement.api.model.AttachmentInfo;
import nl.mensenhandel.enforcement.api.model.NewAttachment;
import nl.mensenhandel.enforcement.findings.InspectionFinding;
import nl.mensenhandel.enforcement.inspections.AttachmentMetadata;
import nl.mensenhandel.enforcement.inspections.FieldRecordConflict;
import nl.mensenhandel.enforcement.inspections.Inspection;
import nl.mensenhandel.enforcement.inspections.InspectionEncryption;
import nl.mensenhandel.enforcement.inspections.InspectionQueries;
import nl.mensenhandel.enforcement.inspections.Recorded;
import nl.mensenhandel.platform.audit.AccessLog;
import nl.mensenhandel.platform.crypto.FieldEncryption;
import nl.mensenhandel.platform.mongo.RegionScopedMongo;
import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;
import nl.mensenhandel.platform.tenancy.TenantContext;
import reactor.core.publisher.Mono;

/**
 * Photos and documents of inspections: checked ({@link AttachmentContent}), stored encrypted with the region's key
 * (AEAD bound to the attachment's id), their metadata pushed onto the inspection once (guarded on its absence).
 */
@Service
public class AttachmentRecords {

    private final RegionScopedMongo scoped;
    private final ReactiveMongoTemplate mongo;
    private final FieldEncryption encryption;
    private final InspectionEncryption inspectionCrypto;
    private final AccessLog accessLog;
    private final Clock clock;

    public AttachmentRecords(RegionScopedMongo scoped, ReactiveMongoTemplate mongo, FieldEncryption encryption,
            InspectionEncryption inspectionCrypto, AccessLog accessLog, Clock clock) {
        this.scoped = scoped;
        this.mongo = mongo;
        this.encryption = encryption;
        this.inspectionCrypto = inspectionCrypto;
        this.accessLog = accessLog;
        this.clock = clock;
    }

    public Mono<Recorded<AttachmentInfo>> upload(TenantContext caller, Inspection inspection, NewAttachment received) {
        String id = received.getId().toString();
        String contentType = received.getContentType().getValue();
        byte[] bytes = AttachmentContent.check(received.getContent(), contentType, received.getSha256());
        String findingId = received.getFindingId() == null ? null : received.getFindingId().toString();
        return scoped.findById(caller, id, StoredAttachment.class).map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(existing -> existing.isPresent() ? repeat(caller, inspection, existing.get(), received)
                        : findingOf(caller, inspection, findingId).then(Mono.defer(() -> {
                            Instant now = clock.instant();
                            StoredAttachment fresh = new StoredAttachment(id, caller.region(), inspection.id(), findingId,
                                    encryption.encrypt(caller.region(), id, "fileName", received.getFileName()),
                                    contentType, bytes.length, received.getSha256(),
                                    encryption.encrypt(caller.region(), id, "content",
                                            Base64.getEncoder().encodeToString(bytes)),
                                    caller.username(), now);
                            return scoped.insert(caller, fresh)
                                    .flatMap(saved -> attach(caller, inspection, saved, received.getFileName())
                                            .then(accessLog.record(caller, "CREATE", "attachment", id, null,
                                                    InspectionQueries.PURPOSE))
                                            .thenReturn(new Recorded<>(info(saved, received.getFileName()), true)))
                                    .onErrorResume(DuplicateKeyException.class, raced -> scoped
                                            .findById(caller, id, StoredAttachment.class)
                                            .switchIfEmpty(Mono.error(() -> new ApiProblem(ProblemType.CONFLICT,
                                                    "This attachment id is already in use.")))
                                            .flatMap(stored -> repeat(caller, inspection, stored, received)));
                        })));
    }

    private Mono<Recorded<AttachmentInfo>> repeat(TenantContext caller, Inspection inspection, StoredAttachment stored,
            NewAttachment received) {
        String fileName = encryption.decrypt(stored.region(), stored.id(), "fileName", stored.fileName());
        String findingId = received.getFindingId() == null ? null : received.getFindingId().toString();
        boolean same = stored.inspectionId().equals(inspection.id()) && Objects.equals(stored.findingId(), findingId)
                && fileName.equals(received.getFileName())
                && stored.contentType().equals(received.getContentType().getValue())
                && stored.sha256().equals(received.getSha256());
        if (!same) {
            NewAttachment shown = new NewAttachment(received.getId(), received.getFileName(), received.getContentType(),
                    received.getSha256(), null).findingId(received.getFindingId());
            return Mono.error(FieldRecordConflict.of("Attachment " + stored.id() + " was received before with other content.",
                    info(stored, fileName), shown));
        }
        // heal the inspection's metadata should the first upload have stopped after storing the file
        return attach(caller, inspection, stored, fileName).thenReturn(new Recorded<>(info(stored, fileName), false));
    }

    private Mono<Void> findingOf(TenantContext caller, Inspection inspection, String findingId) {
        if (findingId == null) {
            return Mono.empty();
        }
        return scoped.findById(caller, findingId, InspectionFinding.class)
                .filter(f -> f.inspectionId().equals(inspection.id()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.invalidField("findingId", "is not a finding of this inspection")))
                .then();
    }

    private Mono<Void> attach(TenantContext caller, Inspection inspection, StoredAttachment saved, String fileName) {
        AttachmentMetadata metadata = new AttachmentMetadata(saved.id(), saved.findingId(),
                inspectionCrypto.sealFileName(caller.region(), inspection.id(), saved.id(), fileName),
                saved.contentType(), saved.sizeBytes(), saved.sha256(), saved.uploadedAt());
        Query notYet = new Query(Criteria.where("_id").is(inspection.id()).and("region").is(caller.region())
                .and("attachments.id").ne(saved.id()));
        return mongo.updateFirst(notYet, new Update().push("attachments", metadata), Inspection.class).then();
    }

    /** getAttachment: the inspection is one the caller may read; access-logged. */
    public Mono<Attachment> get(TenantContext caller, Inspection inspection, String attachmentId) {
        return scoped.findById(caller, attachmentId, StoredAttachment.class)
                .filter(a -> a.inspectionId().equals(inspection.id()))
                .switchIfEmpty(Mono.error(() -> ApiProblem.notFound("Attachment")))
                .flatMap(a -> accessLog.record(caller, "READ", "attachment", a.id(), null, InspectionQueries.PURPOSE)
                        .thenReturn(new Attachment()
                                .info(info(a, encryption.decrypt(a.region(), a.id(), "fileName", a.fileName())))
                                .content(encryption.decrypt(a.region(), a.id(), "content", a.content()))));
    }

    private static AttachmentInfo info(StoredAttachment a, String fileName) {
        return new AttachmentInfo()
                .id(java.util.UUID.fromString(a.id()))
                .inspectionId(java.util.UUID.fromString(a.inspectionId()))
                .findingId(a.findingId() == null ? null : java.util.UUID.fromString(a.findingId()))
                .fileName(fileName)
                .contentType(a.contentType())
                .sizeBytes(a.sizeBytes())
                .sha256(a.sha256())
                .uploadedAt(a.uploadedAt().atOffset(java.time.ZoneOffset.UTC));
    }

}
