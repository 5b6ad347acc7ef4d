package nl.mensenhandel.signal.signal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Case codes and secrets for anonymous reporters; only a salted PBKDF2 hash of the secret is kept.
 * PBKDF2 is deliberately slow, so the reactive variants run it on a scheduler of their own, never on an
 * event-loop thread (ARCHITECTURE.md: blocking work off the event loop).
 */
public class SecretHasher {

    /** Threads of the hashing scheduler are named after it (tests check the work runs there). */
    public static final String SCHEDULER_NAME = "secret-hashing";
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no 0/O, 1/I
    private static final int ITERATIONS = 60_000;
    private final SecureRandom random = new SecureRandom();
    private final Scheduler hashing = Schedulers.newBoundedElastic(
            Math.max(2, Runtime.getRuntime().availableProcessors()), 1_000, SCHEDULER_NAME, 60, true);
    /**
     * Verified instead when a case code is unknown, so that an unknown code costs the same PBKDF2 work as
     * a known one and the answer time does not tell which case codes exist.
     */
    private final AnonymousAccess dummy = dummyAccess();

    private AnonymousAccess dummyAccess() {
        String salt = newSalt();
        return new AnonymousAccess("MH-XXXX-XXXX", hash(newSecret(), salt), salt);
    }

    /** {@link #hash} off the event loop. */
    public Mono<String> hashOffLoop(String secret, String salt) {
        return Mono.fromCallable(() -> hash(secret, salt)).subscribeOn(hashing);
    }

    /**
     * {@link #matches} off the event loop; for an unknown case code ({@code access == null}) the same
     * work is done against a dummy hash and the answer is false.
     */
    public Mono<Boolean> matchesOffLoop(String secret, AnonymousAccess access) {
        return Mono.fromCallable(() -> {
            if (access == null) {
                matches(secret, dummy); // the same work, its result deliberately ignored
                return false;
            }
            return matches(secret, access);
        }).subscribeOn(hashing);
    }

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

    /**
     * Synchronous PBKDF2 — only off the event loop: on a non-blocking thread (a Netty event loop, Reactor's
     * parallel scheduler) it refuses, so a caller that forgets {@link #hashOffLoop} fails in every test
     * instead of stalling every request that shares the loop.
     */
    public String hash(String secret, String salt) {
        requireOffEventLoop();
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

    /** Rule (ARCHITECTURE.md "Reactive code"): blocking work such as PBKDF2 never runs on an event-loop thread. */
    static void requireOffEventLoop() {
        if (Schedulers.isInNonBlockingThread()) {
            throw new IllegalStateException("PBKDF2 on the non-blocking thread " + Thread.currentThread().getName()
                    + ": use hashOffLoop/matchesOffLoop");
        }
    }

    private String randomCode(int length) {
        StringBuilder code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
