package nl.mensenhandel.enforcement.attachments;

import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.stereotype.Component;

import nl.mensenhandel.platform.retention.RemovedAfter;

/**
 * Retention {@code attachments} ({@code platform.retention.records.attachments}, default five years like the
 * inspection; AVG art. 5 lid 1 e): photos and documents go that long after they were uploaded.
 */
@Component
class AttachmentRetention extends RemovedAfter {

    AttachmentRetention(ReactiveMongoTemplate mongo) {
        super(mongo, "attachments", StoredAttachment.class, "uploadedAt");
    }
}
