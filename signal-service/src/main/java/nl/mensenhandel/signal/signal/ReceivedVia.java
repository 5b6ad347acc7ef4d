package nl.mensenhandel.signal.signal;

/** How an AF received a signal recorded on behalf of a partner. */
public enum ReceivedVia {
    TELEFOON, EMAIL, POST, GESPREK
}
