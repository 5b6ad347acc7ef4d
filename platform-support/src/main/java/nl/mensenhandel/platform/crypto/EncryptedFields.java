package nl.mensenhandel.platform.crypto;

import java.util.List;
import java.util.Map;

import org.bson.Document;

/**
 * Which string fields of a stored document are encrypted, by path, applied to the document as stored —
 * so a service encrypts in place, keeping field names and document structure, from a Spring Data
 * {@code BeforeSave} / {@code AfterLoad} event listener. The region comes from the document's
 * {@code region} field, the document id from {@code _id}.
 * <p>
 * Paths: {@code description}; {@code reporter.contact} (nested); {@code persons[].nationality} (each
 * element of a list, named by its position: {@code persons.0.nationality}); {@code
 * enrichments[entryId].summary} (each element, named by its own {@code entryId} — for append-only lists
 * whose positions a correction must not shift). The name becomes part of the associated data: a value
 * copied to another path does not decrypt.
 */
public final class EncryptedFields {

    @FunctionalInterface
    private interface Transform {
        String apply(String region, String documentId, String field, String value);
    }

    private final FieldEncryption encryption;
    private final List<String> paths;

    public EncryptedFields(FieldEncryption encryption, List<String> paths) {
        this.encryption = encryption;
        this.paths = List.copyOf(paths);
    }

    public List<String> paths() {
        return paths;
    }

    /**
     * Encrypts the listed fields of a document about to be stored. Every value, even one that looks
     * encrypted: a client cannot plant a value the store would take for ciphertext.
     */
    public void encrypt(Document document) {
        apply(document, encryption::encrypt);
    }

    /** Decrypts the listed fields of a document just read; fails on a value that is not validly encrypted. */
    public void decrypt(Document document) {
        apply(document, encryption::decrypt);
    }

    /** The name under which one value of a path is encrypted, e.g. for a value written by an update of its own. */
    public static String fieldName(String path, String elementKey) {
        return path.replaceFirst("\\[[^\\]]*\\]", "." + elementKey);
    }

    private void apply(Document document, Transform transform) {
        if (document == null) {
            return;
        }
        String region = document.getString("region");
        String id = String.valueOf(document.get("_id"));
        for (String path : paths) {
            walk(document, path, "", region, id, transform);
        }
    }

    @SuppressWarnings("unchecked")
    private static void walk(Map<String, Object> holder, String path, String prefix, String region, String id,
            Transform transform) {
        int dot = path.indexOf('.');
        String head = dot < 0 ? path : path.substring(0, dot);
        String rest = dot < 0 ? null : path.substring(dot + 1);
        int bracket = head.indexOf('[');
        if (bracket >= 0) {
            String list = head.substring(0, bracket);
            String elementKey = head.substring(bracket + 1, head.length() - 1);
            if (rest != null && holder.get(list) instanceof List<?> elements) {
                for (int i = 0; i < elements.size(); i++) {
                    if (elements.get(i) instanceof Map<?, ?> element) {
                        String name = elementKey.isEmpty() ? String.valueOf(i) : String.valueOf(element.get(elementKey));
                        walk((Map<String, Object>) element, rest, prefix + list + "." + name + ".", region, id,
                                transform);
                    }
                }
            }
        } else if (rest == null) {
            if (holder.get(head) instanceof String value) {
                holder.put(head, transform.apply(region, id, prefix + head, value));
            }
        } else if (holder.get(head) instanceof Map<?, ?> nested) {
            walk((Map<String, Object>) nested, rest, prefix + head + ".", region, id, transform);
        }
    }
}
