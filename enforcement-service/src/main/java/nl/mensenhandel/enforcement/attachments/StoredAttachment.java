package nl.mensenhandel.enforcement.attachments;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import nl.mensenhandel.platform.mongo.RegionScoped;

/**
 * A photo or document of an inspection, as stored: {@code content} (the bytes, base64) and {@code fileName} are
 * encrypted with the region's key, bound to this id. At most 5 MiB decoded, so one document (≤ 16 MB) holds it.
 */
@Document("attachments")
public record StoredAttachment(
        @Id String id,
        String region,
        String inspectionId,
        String findingId,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String content,
        String uploadedBy,
        Instant uploadedAt) implements RegionScoped {
}
