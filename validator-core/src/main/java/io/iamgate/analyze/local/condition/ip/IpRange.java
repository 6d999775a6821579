package io.iamgate.analyze.local.condition.ip;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An IPv4 or IPv6 address or CIDR range as the IpAddress operators take it ("203.0.113.0/24", "2001:db8::/32",
 * a bare address meaning /32 or /128). Parsed by hand: no name lookup can ever happen, and no regex runs.
 */
public record IpRange(byte[] address, int prefix) {

    /** Ranges aws:SourceIp never sees: RFC 1918, loopback, link-local and IPv6 unique-local/link-local. */
    private static final List<IpRange> PRIVATE = List.of(
            parse("10.0.0.0/8").orElseThrow(), parse("172.16.0.0/12").orElseThrow(),
            parse("192.168.0.0/16").orElseThrow(), parse("127.0.0.0/8").orElseThrow(),
            parse("169.254.0.0/16").orElseThrow(), parse("fc00::/7").orElseThrow(),
            parse("fe80::/10").orElseThrow(), parse("::1/128").orElseThrow());

    public IpRange {
        address = address.clone();
    }

    public static Optional<IpRange> parse(String text) {
        int slash = text.indexOf('/');
        String addr = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = addr.indexOf(':') >= 0 ? parseV6(addr) : parseV4(addr);
        if (bytes == null) {
            return Optional.empty();
        }
        int max = bytes.length * 8;
        int prefix = max;
        if (slash >= 0) {
            String p = text.substring(slash + 1);
            // "/00" or "/08" is not CIDR notation; reading it as /0 or /8 would turn a typo into a range.
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) {
                return Optional.empty();
            }
            prefix = 0;
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c < '0' || c > '9') {
                    return Optional.empty();
                }
                prefix = prefix * 10 + (c - '0');
            }
            if (prefix > max) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpRange(bytes, prefix));
    }

    public boolean isV4() {
        return address.length == 4;
    }

    @Override
    public byte[] address() {
        return address.clone();
    }

    /** True when bits after the prefix are set, e.g. 203.0.113.7/24: IAM ignores them. */
    public boolean hasHostBits() {
        return !Arrays.equals(address, network());
    }

    /** The range with its host bits cleared, e.g. 203.0.113.0/24. */
    public IpRange normalized() {
        return new IpRange(network(), prefix);
    }

    /** True when the whole range lies in one of the private ranges. */
    public boolean isPrivate() {
        for (IpRange p : PRIVATE) {
            if (p.contains(this)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code other} lies entirely within this range. */
    public boolean contains(IpRange other) {
        if (other.address.length != address.length || other.prefix < prefix) {
            return false;
        }
        for (int bit = 0; bit < prefix; bit++) {
            if (bitAt(address, bit) != bitAt(other.address, bit)) {
                return false;
            }
        }
        return true;
    }

    private byte[] network() {
        byte[] net = address.clone();
        for (int bit = prefix; bit < net.length * 8; bit++) {
            net[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return net;
    }

    private static int bitAt(byte[] b, int bit) {
        return (b[bit / 8] >>> (7 - bit % 8)) & 1;
    }

    @Override
    public String toString() {
        return (isV4() ? formatV4() : formatV6()) + "/" + prefix;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IpRange r && r.prefix == prefix && Arrays.equals(r.address, address);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(address) + prefix;
    }

    private String formatV4() {
        return (address[0] & 0xff) + "." + (address[1] & 0xff) + "." + (address[2] & 0xff) + "." + (address[3] & 0xff);
    }

    /** RFC 5952 text: lowercase, no leading zeros, the longest run of two or more zero groups as "::". */
    private String formatV6() {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) {
            g[i] = ((address[2 * i] & 0xff) << 8) | (address[2 * i + 1] & 0xff);
        }
        int bestStart = -1;
        int bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) {
                j++;
            }
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
                sb.append(':');
            }
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }

    private static byte[] parseV4(String s) {
        byte[] out = new byte[4];
        int part = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '.';
            if (c == '.') {
                if (value < 0 || part > 3) {
                    return null;
                }
                out[part++] = (byte) value;
                value = -1;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value) * 10 + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else {
                return null;
            }
        }
        return part == 4 ? out : null;
    }

    private static byte[] parseV6(String s) {
        int gap = s.indexOf("::");
        if (gap >= 0 && s.indexOf("::", gap + 1) >= 0) {
            return null;
        }
        int[] head = groups(gap < 0 ? s : s.substring(0, gap));
        int[] tail = gap < 0 ? new int[0] : groups(s.substring(gap + 2));
        if (head == null || tail == null) {
            return null;
        }
        int total = head.length + tail.length;
        if (gap < 0 ? total != 8 : total > 7) {
            return null;
        }
        int[] all = new int[8];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, 8 - tail.length, tail.length);
        byte[] out = new byte[16];
        for (int i = 0; i < 8; i++) {
            out[2 * i] = (byte) (all[i] >>> 8);
            out[2 * i + 1] = (byte) all[i];
        }
        return out;
    }

    /** Colon-separated hex groups; a final dotted IPv4 part counts as two groups. Null when malformed. */
    private static int[] groups(String s) {
        if (s.isEmpty()) {
            return new int[0];
        }
        String[] parts = s.split(":", -1);
        int extra = parts[parts.length - 1].indexOf('.') >= 0 ? 1 : 0;
        int[] out = new int[parts.length + extra];
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (i == parts.length - 1 && extra == 1) {
                byte[] v4 = parseV4(p);
                if (v4 == null) {
                    return null;
                }
                out[i] = ((v4[0] & 0xff) << 8) | (v4[1] & 0xff);
                out[i + 1] = ((v4[2] & 0xff) << 8) | (v4[3] & 0xff);
                continue;
            }
            if (p.isEmpty() || p.length() > 4) {
                return null;
            }
            int v = 0;
            for (int k = 0; k < p.length(); k++) {
                int d = Character.digit(p.charAt(k), 16);
                if (d < 0) {
                    return null;
                }
                v = v * 16 + d;
            }
            out[i] = v;
        }
        return out;
    }
}
