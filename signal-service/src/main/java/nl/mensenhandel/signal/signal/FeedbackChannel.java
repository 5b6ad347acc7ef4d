package nl.mensenhandel.signal.signal;

/** How a feedback reached the reporter. */
public enum FeedbackChannel {
    /** By e-mail to the reporter's contact, through the outbox. */
    EMAIL,
    /** In the reporter's own view ({@code listMyReportedSignals}). */
    REPORTED_BY_ME
}
