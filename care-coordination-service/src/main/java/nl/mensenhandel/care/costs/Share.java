package nl.mensenhandel.care.costs;

import java.math.BigDecimal;

/**
 * One municipality's share.
 *
 * @param percentage its share of the basis in percent, half-up to two decimals (as published)
 * @param amount     euros, two decimals
 */
public record Share(String municipalityCode, String name, long basis, BigDecimal percentage, BigDecimal amount) {
}
