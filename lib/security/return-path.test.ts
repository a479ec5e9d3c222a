import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "@/lib/security/return-path";

describe("safeReturnPath", () => {
  it.each([
    ["/accounts/acc-123", "/accounts/acc-123"],
    ["/transactions?page_size=50#latest", "/transactions?page_size=50#latest"],
    ["/accounts/a%20b", "/accounts/a%20b"],
    ["/", "/"],
  ])("follows a path on this site: %s", (raw, expected) => {
    expect(safeReturnPath(raw)).toBe(expected);
  });

  it.each([
    ["an absolute URL", "https://evil.example/accounts"],
    ["a scheme-relative URL", "//evil.example"],
    ["a backslash host", "/\\evil.example"],
    ["a backslash later on", "/accounts\\..\\evil"],
    ["an encoded second slash", "/%2Fevil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["a doubly encoded slash", "/%252Fevil.example"],
    ["a tab browsers would drop", "/\t/evil.example"],
    ["an encoded line break", "/%0A/evil.example"],
    ["malformed encoding", "/%E0%A4%A"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a relative path", "accounts"],
    ["nothing", ""],
    ["an overlong path", `/${"a".repeat(2048)}`],
  ])("refuses %s", (_name, raw) => {
    expect(safeReturnPath(raw)).toBeNull();
  });

  it("refuses a missing value", () => {
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });
});

describe("signInPath", () => {
  it("carries a safe return path and the reason the session ended", () => {
    expect(signInPath({ returnTo: "/accounts/acc-1?x=1", reason: "idle" })).toBe(
      "/sign-in?callbackUrl=%2Faccounts%2Facc-1%3Fx%3D1&reason=idle",
    );
    expect(signInPath({ returnTo: "/", reason: null })).toBe("/sign-in");
    expect(signInPath({ returnTo: "//evil.example", reason: "expired" })).toBe("/sign-in?reason=expired");
  });
});
