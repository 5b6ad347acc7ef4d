package nl.mensenhandel.signal.signal;

/**
 * Who gets the feedback on a signal (DOMAIN §3 step 6: "feedback goes back to the partner who reported"):
 * the partner organisation an AF recorded it for, else the reporter. {@code onBehalfOf} tells which.
 */
public record FeedbackRecipient(String organisation, String name, String contact, boolean onBehalfOf) {
}
