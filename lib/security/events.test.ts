import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stubProduction } from "@/lib/auth/testing";
import { resetEnvCacheForTests } from "@/lib/env";
import { emailHash } from "@/lib/security/events";

describe("emailHash", () => {
  beforeEach(() => {
    stubProduction();
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("is stable per address, distinct between addresses, and shows nothing of the address", () => {
    const hash = emailHash("alex@example.com");
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(emailHash("alex@example.com")).toBe(hash);
    expect(emailHash("alex@example.org")).not.toBe(hash);
  });

  it("is keyed: another secret gives another hash, so guesses cannot be hashed to find an address", () => {
    const hash = emailHash("alex@example.com");
    vi.stubEnv("NEXTAUTH_SECRET", "another-secret-that-is-also-long-enough");
    resetEnvCacheForTests();
    expect(emailHash("alex@example.com")).not.toBe(hash);
  });
});
