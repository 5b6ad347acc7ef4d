package nl.mensenhandel.platform.outbox;

/**
 * Declares that documents of a collection carry an {@value Outbox#FIELD} array the dispatcher must serve.
 * A service registers one bean per such collection, e.g.
 * {@code @Bean OutboxCollection signalOutbox() { return new OutboxCollection("signals"); }}. The documents
 * need a string {@code region} field (the key of the payload's encryption).
 */
public record OutboxCollection(String name) {

    public OutboxCollection {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an outbox collection needs a name");
        }
    }
}
