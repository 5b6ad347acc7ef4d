package nl.mensenhandel.signal.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.function.Tuple2;
import reactor.util.function.Tuples;

/** Rule (ARCHITECTURE.md "Reactive code"; issue 7 "Also fix"): PBKDF2 never runs on an event-loop thread. */
class SecretHasherTest {

    final SecretHasher hasher = new SecretHasher();

    @Test
    void pbkdf2RefusesToRunOnANonBlockingThread() {
        String salt = hasher.newSalt();
        // Reactor's parallel threads are non-blocking, like Netty's event loops (reactor-netty marks them so)
        assertThatThrownBy(() -> Mono.fromCallable(() -> hasher.hash("secret-1234", salt))
                .subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("non-blocking thread");
        assertThatThrownBy(() -> Mono.fromCallable(() -> hasher.matches("secret-1234",
                new AnonymousAccess("MH-AAAA-AAAA", hasher.newSalt(), salt))).subscribeOn(Schedulers.parallel())
                .block(Duration.ofSeconds(10)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReactiveVariantsLeaveTheEventLoopForTheHashingScheduler() {
        String salt = hasher.newSalt();
        // subscribed from a non-blocking thread, as a request handler on an event loop would
        Tuple2<String, String> hashed = Mono.defer(() -> hasher.hashOffLoop("secret-1234", salt)
                        .map(hash -> Tuples.of(hash, Thread.currentThread().getName())))
                .subscribeOn(Schedulers.parallel()).block(Duration.ofSeconds(10));
        assertThat(hashed.getT2()).startsWith(SecretHasher.SCHEDULER_NAME);
        assertThat(hashed.getT1()).isEqualTo(hasher.hash("secret-1234", salt));

        AnonymousAccess access = new AnonymousAccess("MH-AAAA-AAAA", hashed.getT1(), salt);
        assertThat(Mono.defer(() -> hasher.matchesOffLoop("secret-1234", access)).subscribeOn(Schedulers.parallel())
                .block(Duration.ofSeconds(10))).isTrue();
        assertThat(Mono.defer(() -> hasher.matchesOffLoop("wrong-secret", null)).subscribeOn(Schedulers.parallel())
                .block(Duration.ofSeconds(10))).isFalse();
    }
}
