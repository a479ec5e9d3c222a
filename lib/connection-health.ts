import type { ConsentHealth } from "@/lib/schemas/connect";

/*
 * A consent's health, derived: Bud reports `authorised` until a consent is revoked, even past its expiration date.
 * Pure, so the card, the banner and the tests agree.
 */

/** Within this many days of expiry a consent is "expiring" and the overview shows a banner. */
export const EXPIRY_WARNING_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface ConsentFacts {
  status: "awaiting_authorisation" | "authorised" | "rejected" | "revoked";
  expiresAt: string;
  createdAt: string;
}

export function daysLeft(expiresAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / DAY_MS));
}

export function consentHealth(consent: ConsentFacts, now: Date): ConsentHealth {
  if (consent.status === "revoked" || consent.status === "rejected") return "revoked";
  if (Date.parse(consent.expiresAt) <= now.getTime()) return "expired";
  return daysLeft(consent.expiresAt, now) <= EXPIRY_WARNING_DAYS ? "expiring" : "active";
}

/**
 * The consent that speaks for a bank when it has several (a revoked one, then a new connection): a live one
 * before a revoked one, then the latest to expire, then the newest. Consents still awaiting authorisation are not
 * connections yet.
 */
export function currentConsents<T extends ConsentFacts & { provider: string }>(consents: readonly T[]): T[] {
  const best = new Map<string, T>();
  for (const consent of consents) {
    if (consent.status === "awaiting_authorisation") continue;
    const held = best.get(consent.provider);
    if (!held || outranks(consent, held)) best.set(consent.provider, consent);
  }
  return [...best.values()];
}

function outranks(a: ConsentFacts, b: ConsentFacts): boolean {
  const live = Number(a.status === "authorised") - Number(b.status === "authorised");
  if (live !== 0) return live > 0;
  const expiry = Date.parse(a.expiresAt) - Date.parse(b.expiresAt);
  if (expiry !== 0) return expiry > 0;
  return Date.parse(a.createdAt) > Date.parse(b.createdAt);
}
