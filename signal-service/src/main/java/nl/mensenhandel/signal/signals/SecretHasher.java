package nl.mensenhandel.signal.signals;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** Case codes and secrets for anonymous reporters; only a salted PBKDF2 hash of the secret is kept. */
public class SecretHasher {

    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final int ITERATIONS = 60_000;
    private final SecureRandom random = new SecureRandom();

    public String newCaseCode() {
        return "MH-" + randomCode(4) + "-" + randomCode(4);
    }

    public String newSecret() {
        byte[] bytes = new byte[15];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String newSalt() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    public String hash(String secret, String salt) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret.toCharArray(), Base64.getDecoder().decode(salt), ITERATIONS, 256);
            return Base64.getEncoder().encodeToString(
                    SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public boolean matches(String secret, AnonymousAccess access) {
        byte[] expected = Base64.getDecoder().decode(access.secretHash());
        byte[] actual = Base64.getDecoder().decode(hash(secret, access.salt()));
        return MessageDigest.isEqual(expected, actual);
    }

    private String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
