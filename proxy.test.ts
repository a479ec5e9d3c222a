import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCacheForTests } from "@/lib/env";
import { proxy } from "@/proxy";

describe("the page CSP's form-action", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvCacheForTests();
  });

  it("lets forms go on to Bud Connect's and Bud Pay's hosted pages, and nowhere else", async () => {
    vi.stubEnv("BUD_API_URL", "https://api.thisisbud.com");
    vi.stubEnv("BUD_CONNECT_ORIGIN", "https://connect.example.com");
    vi.stubEnv("BUD_PAY_ORIGIN", "https://pay.example.com/hosted/pay");
    resetEnvCacheForTests();
    const response = await proxy(new NextRequest("http://localhost/payments/new"));
    const policy = response.headers.get("content-security-policy") ?? "";
    expect(policy).toMatch(/form-action 'self' https:\/\/connect\.example\.com https:\/\/pay\.example\.com(;|$)/);
  });
});
