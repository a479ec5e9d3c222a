import { expect, test } from "@playwright/test";
import { DEMO_CUSTOMER } from "../sandbox/data/demo-customers";
import { APP_URL, CANARIES } from "./env";

/** Nothing secret may reach a browser: our canary credentials, or the Bud customer's id and secret. */
const FORBIDDEN = [...Object.values(CANARIES), DEMO_CUSTOMER.customerId, DEMO_CUSTOMER.customerSecret];

test("pages carry the security headers, with a per-request CSP nonce", async ({ page }) => {
  const first = await page.goto("/");
  const second = await page.request.get("/");
  for (const response of [first!, second]) {
    const headers = response.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) {
      expect(headers["content-security-policy"]).toContain(directive);
    }
    expect(headers["strict-transport-security"]).toContain("max-age=");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  }
  const nonce = (headers: Record<string, string>) => /nonce-([^']+)/.exec(headers["content-security-policy"]!)?.[1];
  expect(nonce(first!.headers())).not.toEqual(nonce(second.headers()));
});

test("no API response carries a secret, a Bud customer id or an upstream body", async ({ page }) => {
  const accounts = await page.request.get("/api/accounts");
  expect(accounts.status()).toBe(200);
  expect(accounts.headers()["cache-control"]).toBe("no-store");
  expect(accounts.headers()["content-security-policy"]).toContain("default-src 'none'");
  const [first] = (await accounts.json()) as { id: string }[];
  const responses = [
    accounts,
    await page.request.get(`/api/accounts/${first!.id}`),
    await page.request.get(`/api/accounts/${first!.id}/transactions?page_size=200`),
    await page.request.get("/api/transactions?page_size=200"),
    await page.request.get("/api/accounts/unknown-account"),
    await page.request.get("/api/transactions?page_size=0"),
    await page.request.get("/api/transactions?page_token=not-a-real-token"),
    await page.request.get("/api/auth/session"),
    await page.request.post("/api/users", { data: { name: "", email: "x", password: "short" }, headers: { origin: APP_URL } }),
  ];
  for (const response of responses) {
    const body = await response.text();
    for (const secret of FORBIDDEN) expect(body, response.url()).not.toContain(secret);
    expect(body).not.toMatch(/operation_id|code_id|stack/);
  }
});

test("bad input gets a clear 4xx in one error shape", async ({ page }) => {
  const cases = [
    [await page.request.get("/api/transactions?page_size=500"), 400, "invalid_input"],
    [await page.request.get("/api/accounts/%3Cscript%3E"), 400, "invalid_input"],
    [await page.request.get("/api/transactions?page_token=not-a-real-token"), 400, "invalid_request"],
    [await page.request.post("/api/users", { data: "{not json", headers: { "content-type": "application/json", origin: APP_URL } }), 400, "invalid_input"],
    [await page.request.post("/api/users", { data: { name: "A", email: "a@example.com", password: "short" }, headers: { origin: APP_URL } }), 400, "invalid_input"],
  ] as const;
  for (const [response, status, code] of cases) {
    expect(response.status(), response.url()).toBe(status);
    expect(await response.json()).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  }
});

test.describe("mutating routes", () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test("reject another origin and change nothing", async ({ page }) => {
    const email = `csrf-${Date.now()}@example.com`;
    const data = { name: "Mallory", email, password: "correct horse battery" };
    const forged = await page.request.post("/api/users", { data, headers: { origin: "https://evil.example" } });
    expect(forged.status()).toBe(403);
    expect(await forged.json()).toEqual({ error: { code: "forbidden_origin", message: expect.any(String) } });
    // The same sign-up from our own origin succeeds, so the forged one created nothing.
    const genuine = await page.request.post("/api/users", { data, headers: { origin: APP_URL } });
    expect(genuine.status()).toBe(201);
  });
});
