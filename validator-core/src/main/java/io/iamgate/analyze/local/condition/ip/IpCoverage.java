package io.iamgate.analyze.local.condition.ip;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a list of ranges admits together. IAM ORs the values of one key, so {@code 0.0.0.0/1} and
 * {@code 128.0.0.0/1} admit every IPv4 address just as {@code 0.0.0.0/0} does. Sort and merge:
 * O(n log n) in the number of ranges.
 */
public final class IpCoverage {

    private static final BigInteger V4_SIZE = BigInteger.ONE.shiftLeft(32);
    private static final BigInteger V6_SIZE = BigInteger.ONE.shiftLeft(128);

    private IpCoverage() {}

    /** True when the union of {@code ranges} is the whole IPv4 space or the whole IPv6 space. */
    public static boolean coversAnAddressFamily(List<IpRange> ranges) {
        List<BigInteger[]> v4 = new ArrayList<>();
        List<BigInteger[]> v6 = new ArrayList<>();
        for (IpRange r : ranges) {
            (r.isV4() ? v4 : v6).add(bounds(r));
        }
        return coversAll(v4, V4_SIZE) || coversAll(v6, V6_SIZE);
    }

    /** [first, last + 1) of the range's network. */
    private static BigInteger[] bounds(IpRange r) {
        BigInteger first = new BigInteger(1, r.normalized().address());
        int hostBits = r.address().length * 8 - r.prefix();
        return new BigInteger[] {first, first.add(BigInteger.ONE.shiftLeft(hostBits))};
    }

    private static boolean coversAll(List<BigInteger[]> intervals, BigInteger size) {
        intervals.sort(Comparator.comparing(i -> i[0]));
        BigInteger reached = BigInteger.ZERO;
        for (BigInteger[] i : intervals) {
            if (i[0].compareTo(reached) > 0) {
                return false;
            }
            reached = reached.max(i[1]);
        }
        return reached.compareTo(size) >= 0;
    }
}
