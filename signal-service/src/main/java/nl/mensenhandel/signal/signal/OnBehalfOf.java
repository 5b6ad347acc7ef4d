package nl.mensenhandel.signal.signal;

/**
 * A signal an AF recorded on behalf of a partner organisation that phoned or mailed it in (issue 7 §1):
 * the partner, not the AF, is the reporter who follows it and gets the feedback. {@code contactPerson} and
 * {@code contact} are personal data (encrypted at rest, removed with the reporter by retention).
 */
public record OnBehalfOf(ReceivedVia receivedVia, String organisation, String contactPerson, String contact) {
}
