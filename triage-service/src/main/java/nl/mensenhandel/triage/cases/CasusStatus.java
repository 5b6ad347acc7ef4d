package nl.mensenhandel.triage.cases;

/**
 * Where a casus is at the table: put on the agenda, being weighed, tracks (sporen) running and
 * monitored, closed with a reason. The transition table comes with the weging slice.
 */
public enum CasusStatus {
    AANGEMELD, IN_WEGING, SPOREN_LOPEN, AFGESLOTEN
}
