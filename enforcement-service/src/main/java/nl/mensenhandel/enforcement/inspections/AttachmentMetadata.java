package nl.mensenhandel.enforcement.inspections;

import java.time.Instant;

/** An attachment's metadata kept on its inspection; the file name is encrypted (it may name a person). */
public record AttachmentMetadata(String id, String findingId, String fileName, String contentType, long sizeBytes,
        String sha256, Instant uploadedAt) {
}
