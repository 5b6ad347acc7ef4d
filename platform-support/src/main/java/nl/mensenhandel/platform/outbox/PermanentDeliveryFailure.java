package nl.mensenhandel.platform.outbox;

/**
 * Thrown (or signalled) by an {@link OutboxDelivery} when retrying cannot help — an address that is not an
 * address, a receiver that refuses the command as invalid. The entry is abandoned at once: its payload is
 * removed, the failure logged without content. Its message must not contain personal data.
 */
public class PermanentDeliveryFailure extends RuntimeException {

    public PermanentDeliveryFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
