import { describe, expect, it } from "vitest";
import { allowedHosts, hostForUrl, isLoopback } from "../../src/view/host-guard.js";

describe("the Host header guard", () => {
  it.each([
    ["127.0.0.1", "127.0.0.1:8788", true],
    ["127.0.0.1", "localhost:8788", true],
    ["127.0.0.1", "LOCALHOST:8788", true],
    ["127.0.0.1", "127.0.0.1:8789", false],
    ["127.0.0.1", "127.0.0.1", false],
    ["127.0.0.1", "evil.example:8788", false],
    ["127.0.0.1", "127.0.0.1.evil.example:8788", false],
    ["127.0.0.1", "10.0.0.5:8788", false],
    ["127.0.0.1", "", false],
    ["::1", "[::1]:8788", true],
    ["::1", "localhost:8788", true],
    ["::1", "::1:8788", false],
    ["192.168.1.20", "192.168.1.20:8788", true],
    ["192.168.1.20", "localhost:8788", false],
    ["0.0.0.0", "192.168.1.20:8788", true],
    ["0.0.0.0", "[fe80::1]:8788", true],
    ["0.0.0.0", "rebound.evil.example:8788", false],
  ])("bound to %s, answers Host %j: %s", (host, header, allowed) => {
    expect(allowedHosts(host, 8788)(header)).toBe(allowed);
  });

  it("refuses a request without a Host header", () => {
    expect(allowedHosts("127.0.0.1", 8788)(undefined)).toBe(false);
  });

  it("reads a Host without a port as port 80, as browsers send it", () => {
    expect(allowedHosts("127.0.0.1", 80)("127.0.0.1")).toBe(true);
    expect(allowedHosts("127.0.0.1", 80)("evil.example")).toBe(false);
  });

  it("knows loopback addresses and writes IPv6 hosts in brackets", () => {
    expect([isLoopback("127.0.0.1"), isLoopback("127.1.2.3"), isLoopback("::1"), isLoopback("localhost"), isLoopback("0.0.0.0")]).toEqual([
      true, true, true, true, false,
    ]);
    expect([hostForUrl("::1"), hostForUrl("127.0.0.1")]).toEqual(["[::1]", "127.0.0.1"]);
  });
});
