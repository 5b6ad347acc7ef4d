package nl.mensenhandel.platform.crypto;

/** Encryption or decryption of a field failed. Its message names region, document and field, never content. */
public class FieldCryptoException extends IllegalStateException {

    public FieldCryptoException(String message) {
        super(message);
    }

    public FieldCryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
