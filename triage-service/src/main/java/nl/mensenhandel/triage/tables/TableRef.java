package nl.mensenhandel.triage.tables;

/** A table (casustafel, weeg- en monitortafel, signalenoverleg, ...) a casus is put before: its id and name. */
public record TableRef(String id, String name) {
}
