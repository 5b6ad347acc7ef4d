package nl.mensenhandel.enforcement.inspections;

/**
 * A field record as stored after an upload.
 *
 * @param created false when the upload was an identical repeat ("already received", nothing created)
 */
public record Recorded<T>(T value, boolean created) {
}
