package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;
import java.util.Arrays;

/**
 * An address range in CIDR notation ({@code 10.0.0.0/8}, {@code 2001:db8::/32}); a bare address is a
 * range of one. Only literal addresses: nothing here ever asks DNS.
 *
 * @param network      the range's first address, host bits cleared
 * @param prefixLength leading bits that must match
 */
public record AddressRange(byte[] network, int prefixLength) {

    public AddressRange {
        network = network.clone();
    }

    /** Parses {@code address[/prefix]}; throws {@link IllegalArgumentException} naming the value otherwise. */
    public static AddressRange parse(String cidr) {
        String value = cidr.trim();
        int slash = value.indexOf('/');
        InetAddress address = IpLiteral.parse(slash < 0 ? value : value.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Not an IP address or CIDR range: '" + value + "'");
        }
        int bits = address.getAddress().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(value.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a CIDR prefix length: '" + value + "'");
            }
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("CIDR prefix length out of range (0-" + bits + "): '" + value + "'");
            }
        }
        return new AddressRange(masked(address.getAddress(), prefix), prefix);
    }

    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(masked(bytes, prefixLength), network);
    }

    static byte[] masked(byte[] address, int prefixLength) {
        byte[] result = address.clone();
        for (int i = 0; i < result.length; i++) {
            int keep = Math.max(0, Math.min(8, prefixLength - i * 8));
            result[i] = (byte) (result[i] & (0xFF00 >> keep));
        }
        return result;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return IpLiteral.format(network) + "/" + prefixLength;
    }
}
