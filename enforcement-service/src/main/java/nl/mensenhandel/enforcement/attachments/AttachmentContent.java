package nl.mensenhandel.enforcement.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

import nl.mensenhandel.platform.problem.ApiProblem;
import nl.mensenhandel.platform.problem.ProblemType;

/**
 * Checks of an uploaded file: base64, at most {@value #MAX_BYTES} bytes decoded, bytes that look like the declared
 * content type (magic number: JPEG {@code FF D8 FF}, PNG {@code 89 50 4E 47}, PDF {@code %PDF}), and the declared
 * SHA-256. A file that is not what it says is never stored (AVG art. 32: integrity of what the platform keeps).
 */
public final class AttachmentContent {

    /** 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private AttachmentContent() {
    }

    /** The decoded bytes, or a 400 naming the field that is wrong (413 when too large). */
    public static byte[] check(String base64, String contentType, String sha256) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalidField("content", "is not base64");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ApiProblem(ProblemType.CONTENT_TOO_LARGE, "An attachment holds at most 5 MiB decoded.");
        }
        if (!looksLike(bytes, contentType)) {
            throw ApiProblem.invalidField("contentType", "does not match the bytes (magic number)");
        }
        if (!sha256(bytes).equals(sha256)) {
            throw ApiProblem.invalidField("sha256", "does not match the decoded bytes");
        }
        return bytes;
    }

    static boolean looksLike(byte[] bytes, String contentType) {
        return switch (contentType) {
            case "image/jpeg" -> startsWith(bytes, 0xFF, 0xD8, 0xFF);
            case "image/png" -> startsWith(bytes, 0x89, 0x50, 0x4E, 0x47);
            case "application/pdf" -> startsWith(bytes, '%', 'P', 'D', 'F');
            default -> false;
        };
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        byte[] expected = new byte[magic.length];
        for (int i = 0; i < magic.length; i++) {
            expected[i] = (byte) magic[i];
        }
        return Arrays.equals(Arrays.copyOf(bytes, magic.length), expected);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
