package nl.mensenhandel.enforcement.instruments;

/**
 * What the legal limits need to know of an instrument, marked in the catalogue ({@code marks}) rather than
 * recognised by its code, so a region that names its instruments differently keeps its rules.
 */
public enum InstrumentMark {
    /** The instrument enforces Woningwet art. 1a/1b (zorgplicht, overbewoning, gebruik van een woning). */
    WONINGWET_1A_1B,
    /** A closure of premises under Gemeentewet 174a or Opiumwet 13b (Wet Victoria, Damocles). */
    SLUITING_174A_13B,
    /** Closure of a dwelling under Woningwet 17: needs a repeated 1a/1b breach and a threat. */
    WONINGWET_17,
    /** Follow-up after a closure (Wet Victor): Woningwet 13b. */
    WONINGWET_13B,
    /** Administrative fine under the Huisvestingswet: only where the municipality's by-law designates it. */
    HUISVESTINGSWET_BOETE,
    /** Last onder dwangsom (Awb 5:31d): needs a begunstigingstermijn and amounts. */
    LAST_ONDER_DWANGSOM
}
