package nl.mensenhandel.signal.signal;

/** Where the exploitation was seen: an address, a business, or a free description. */
public record Location(String street, String houseNumber, String postcode, String city, String businessName,
        String kvkNumber, String description) {
}
