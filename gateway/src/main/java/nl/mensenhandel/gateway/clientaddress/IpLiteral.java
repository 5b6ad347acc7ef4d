package nl.mensenhandel.gateway.clientaddress;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * IP address literals from headers a client may have written: parsed strictly, never resolved through DNS
 * ({@link InetAddress#getByName} would look up anything that is not a literal).
 */
final class IpLiteral {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    /** Hex groups and colons, optionally ending in dotted IPv4; no zone id. Only such text reaches getByName. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    /**
     * The address in {@code value}, or null. Accepts what proxies write into {@code X-Forwarded-For}:
     * {@code 192.0.2.1}, {@code 192.0.2.1:443}, {@code 2001:db8::1}, {@code [2001:db8::1]:443}.
     */
    static @Nullable InetAddress parse(@Nullable String value) {
        if (value == null) {
            return null;
        }
        String text = value.trim();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !(close == text.length() - 1 || text.charAt(close + 1) == ':')) {
                return null;
            }
            text = text.substring(1, close);
            return IPV6.matcher(text).matches() ? literal(text) : null;
        }
        int colon = text.indexOf(':');
        if (colon > 0 && text.indexOf(':', colon + 1) < 0) {
            // IPv4 with a port
            text = text.substring(0, colon);
        }
        if (IPV4.matcher(text).matches()) {
            for (String part : text.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
            return literal(text);
        }
        return text.length() <= 45 && IPV6.matcher(text).matches() ? literal(text) : null;
    }

    static String format(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Only called with text that is a dotted quad or contains a colon: Java parses both without DNS. */
    private static @Nullable InetAddress literal(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
