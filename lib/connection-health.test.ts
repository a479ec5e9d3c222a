import { describe, expect, it } from "vitest";
import { consentHealth, currentConsents, daysLeft } from "@/lib/connection-health";

const NOW = new Date("2026-06-01T12:00:00Z");
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000).toISOString();
const consent = (fields: Partial<Parameters<typeof consentHealth>[0]> & { provider?: string; id?: string }) => ({
  id: "c",
  provider: "Natwest_Sandbox",
  status: "authorised" as const,
  expiresAt: inDays(90),
  createdAt: inDays(-1),
  ...fields,
});

describe("consent health", () => {
  it("reads authorised consents by their expiry date: active, expiring within 14 days, expired", () => {
    expect(consentHealth(consent({ expiresAt: inDays(90) }), NOW)).toBe("active");
    expect(consentHealth(consent({ expiresAt: inDays(15) }), NOW)).toBe("active");
    expect(consentHealth(consent({ expiresAt: inDays(14) }), NOW)).toBe("expiring");
    expect(consentHealth(consent({ expiresAt: inDays(0.5) }), NOW)).toBe("expiring");
    expect(consentHealth(consent({ expiresAt: NOW.toISOString() }), NOW)).toBe("expired");
    expect(consentHealth(consent({ expiresAt: inDays(-3) }), NOW)).toBe("expired");
  });

  it("calls revoked and rejected consents revoked whatever their dates", () => {
    expect(consentHealth(consent({ status: "revoked", expiresAt: inDays(80) }), NOW)).toBe("revoked");
    expect(consentHealth(consent({ status: "rejected", expiresAt: inDays(-1) }), NOW)).toBe("revoked");
  });

  it("counts whole days left, rounding up, never below zero", () => {
    expect(daysLeft(inDays(5), NOW)).toBe(5);
    expect(daysLeft(inDays(4.2), NOW)).toBe(5);
    expect(daysLeft(inDays(-2), NOW)).toBe(0);
  });

  it("keeps one consent per bank: a live one over a revoked one, else the latest to expire", () => {
    const revoked = consent({ id: "old", status: "revoked", expiresAt: inDays(60) });
    const live = consent({ id: "new", expiresAt: inDays(10) });
    const monzoOld = consent({ id: "m1", provider: "Monzo_Sandbox", status: "revoked", expiresAt: inDays(5) });
    const monzoNew = consent({ id: "m2", provider: "Monzo_Sandbox", status: "revoked", expiresAt: inDays(30) });
    const waiting = consent({ id: "w", provider: "Barclays_Sandbox", status: "awaiting_authorisation" });
    expect(currentConsents([revoked, live, monzoOld, monzoNew, waiting]).map((c) => c.id).sort()).toEqual(["m2", "new"]);
  });
});
