import { describe, expect, it } from "vitest";
import { clientAddress, fromTrustedProxy, parseTrustedProxies } from "./client-address.mjs";

describe("clientAddress", () => {
  it("without trusted proxies, is the socket's address whatever X-Forwarded-For claims", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddress("198.51.100.4", "203.0.113.9", none)).toBe("198.51.100.4");
    expect(clientAddress("::ffff:127.0.0.2", undefined, none)).toBe("127.0.0.2");
    expect(clientAddress("2001:db8::5", "1.2.3.4, 5.6.7.8", parseTrustedProxies("0"))).toBe("2001:db8::5");
    expect(fromTrustedProxy("198.51.100.4", none)).toBe(false);
  });

  it("with a hop count, takes the address that many hops back, never further than the chain goes", () => {
    const one = parseTrustedProxies("1");
    // The client sent its own X-Forwarded-For; the load balancer appended the real address.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 203.0.113.9", one)).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9", undefined, one)).toBe("203.0.113.9");
    expect(clientAddress("10.0.0.2", "203.0.113.9, 10.0.0.1", parseTrustedProxies("2"))).toBe("203.0.113.9");
    expect(fromTrustedProxy("10.0.0.2", one)).toBe(true);
  });

  it("with a CIDR list, walks back past trusted proxies only", () => {
    const list = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, 2001:db8::/32");
    expect(clientAddress("10.1.2.3", "6.6.6.6, 203.0.113.9, 192.0.2.7", list)).toBe("203.0.113.9");
    // Straight from the internet: the header is ignored.
    expect(clientAddress("203.0.113.9", "10.0.0.1", list)).toBe("203.0.113.9");
    expect(clientAddress("2001:db8::1", "198.51.100.1", list)).toBe("198.51.100.1");
    // Only proxies all the way: the farthest one.
    expect(clientAddress("10.0.0.1", "10.0.0.5", list)).toBe("10.0.0.5");
    expect(fromTrustedProxy("::ffff:10.9.9.9", list)).toBe(true);
    expect(fromTrustedProxy("203.0.113.9", list)).toBe(false);
  });

  it("stops at a hop that is not an address, keeping the last real one", () => {
    expect(clientAddress("10.0.0.2", "<script>", parseTrustedProxies("1"))).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", "unknown, 10.0.0.3", parseTrustedProxies("10.0.0.0/8"))).toBe("10.0.0.3");
  });

  it("refuses a setting it cannot use, in one sentence", () => {
    for (const value of ["proxy.internal", "10.0.0.0/33", "10.0.0.0/8/1", "::1/129"]) {
      expect(() => parseTrustedProxies(value)).toThrow(/^BUDGIE_TRUSTED_PROXIES: .* is not an IP address or CIDR range/);
    }
  });
});
