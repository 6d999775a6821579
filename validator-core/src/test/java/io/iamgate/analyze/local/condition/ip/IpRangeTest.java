package io.iamgate.analyze.local.condition.ip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IpRangeTest {

    @Test
    void parsesIpv4AndIpv6AddressesAndRanges() {
        assertEquals(
                "203.0.113.7/32", IpRange.parse("203.0.113.7").orElseThrow().toString());
        assertEquals(
                "2001:db8::1/128",
                IpRange.parse("2001:DB8:0:0:0:0:0:1").orElseThrow().toString());
        assertEquals(
                "::ffff:cb00:7101/128",
                IpRange.parse("::ffff:203.0.113.1").orElseThrow().toString());
        assertEquals("::/0", IpRange.parse("::/0").orElseThrow().toString());
    }

    @Test
    void rejectsMalformedText() {
        for (String bad : new String[] {
            "",
            "1.2.3",
            "1.2.3.4.5",
            "256.0.0.1",
            "1.2.3.4/33",
            "1.2.3.4/",
            "a::b::c",
            "2001:db8::/129",
            "12345::",
            "1.2.3.4/ 8",
            "0.0.0.0/00",
            "10.0.0.0/08",
            "host.example.com",
            "1:2:3:4:5:6:7:8:9"
        }) {
            assertTrue(IpRange.parse(bad).isEmpty(), bad);
        }
    }

    @Test
    void normalizesHostBits() {
        IpRange r = IpRange.parse("203.0.113.7/24").orElseThrow();
        assertTrue(r.hasHostBits());
        assertEquals("203.0.113.0/24", r.normalized().toString());
        assertFalse(IpRange.parse("203.0.113.0/24").orElseThrow().hasHostBits());
        assertEquals(
                "2001:db8::/32",
                IpRange.parse("2001:db8:ffff::/32").orElseThrow().normalized().toString());
    }

    @Test
    void knowsPrivateRanges() {
        assertTrue(IpRange.parse("10.1.0.0/16").orElseThrow().isPrivate());
        assertTrue(IpRange.parse("172.31.255.255").orElseThrow().isPrivate());
        assertTrue(IpRange.parse("fd12:3456::/48").orElseThrow().isPrivate());
        assertFalse(IpRange.parse("172.32.0.0/16").orElseThrow().isPrivate());
        assertFalse(IpRange.parse("10.0.0.0/7").orElseThrow().isPrivate());
        assertFalse(IpRange.parse("0.0.0.0/0").orElseThrow().isPrivate());
    }
}
