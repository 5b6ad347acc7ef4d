package nl.mensenhandel.signal.signal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import nl.mensenhandel.platform.tenancy.Municipality;
import nl.mensenhandel.platform.tenancy.MunicipalityRegistry;

/**
 * Who reads a signal: the AF of its exploitation municipality, and — informed — the AF of every residence
 * municipality (the signal's and each person's, DOMAIN §3 "victim may live in X and be exploited in Y"),
 * also in another region (whose region is then added to {@code readableByRegions}; see
 * {@link SignalAccessPolicy#outlineOnly} for what they read). Computed at intake and again when a hand-over
 * moves the signal.
 */
public record SignalReach(List<String> visibleTo, List<String> readableByRegions) {

    public static SignalReach of(String region, String municipalityCode, Collection<String> residences,
            MunicipalityRegistry municipalities) {
        List<String> visibleTo = new ArrayList<>(List.of(municipalityCode));
        List<String> regions = new ArrayList<>(List.of(region));
        for (String residence : residences) {
            if (residence != null && !visibleTo.contains(residence)) {
                visibleTo.add(residence);
                municipalities.find(residence).map(Municipality::region).filter(r -> !regions.contains(r))
                        .ifPresent(regions::add);
            }
        }
        return new SignalReach(List.copyOf(visibleTo), List.copyOf(regions));
    }
}
