import { describe, expect, it } from "vitest";
import { isDueForRenewal, sessionClaims, sessionEnd, tokenPayload } from "@/lib/auth/session-lifetime";

const CONFIG = { idleTimeoutSeconds: 30 * 60, absoluteLifetimeSeconds: 12 * 60 * 60 };
const SIGNED_IN = 1_800_000_000;
const claims = (issuedAt: number) => ({ userId: "user-1", sessionVersion: 2, authTime: SIGNED_IN, issuedAt });

describe("sessionEnd", () => {
  it("keeps a session alive until 30 minutes pass without a renewal", () => {
    expect(sessionEnd(claims(SIGNED_IN), SIGNED_IN + 30 * 60 - 1, CONFIG)).toBeNull();
    expect(sessionEnd(claims(SIGNED_IN), SIGNED_IN + 30 * 60, CONFIG)).toBe("idle");
  });

  it("ends a session 12 hours after sign-in however recently it was renewed", () => {
    const renewedLate = claims(SIGNED_IN + 12 * 60 * 60 - 60);
    expect(sessionEnd(renewedLate, SIGNED_IN + 12 * 60 * 60 - 1, CONFIG)).toBeNull();
    expect(sessionEnd(renewedLate, SIGNED_IN + 12 * 60 * 60, CONFIG)).toBe("expired");
  });

  it("names the deadline that passed first", () => {
    // Idle since 11h40m: the idle deadline (12h10m) comes after the absolute one (12h).
    expect(sessionEnd(claims(SIGNED_IN + 11 * 3600 + 40 * 60), SIGNED_IN + 13 * 3600, CONFIG)).toBe("expired");
    // Idle since 1h: the idle deadline (1h30m) came first.
    expect(sessionEnd(claims(SIGNED_IN + 3600), SIGNED_IN + 13 * 3600, CONFIG)).toBe("idle");
  });
});

describe("sessionClaims", () => {
  it("reads our claims and refuses tokens without a sign-in time or version", () => {
    expect(sessionClaims({ sub: "user-1", sv: 2, auth_time: SIGNED_IN, iat: SIGNED_IN + 5, exp: 1, jti: "j" })).toEqual(
      claims(SIGNED_IN + 5),
    );
    expect(sessionClaims({ sub: "user-1", sv: 2, iat: SIGNED_IN })).toBeNull();
    expect(sessionClaims({ sub: "user-1", auth_time: SIGNED_IN, iat: SIGNED_IN })).toBeNull();
    expect(sessionClaims(null)).toBeNull();
  });

  it("carries the sign-in time unchanged into a renewed token's payload", () => {
    expect(tokenPayload(claims(SIGNED_IN + 600))).toEqual({ sub: "user-1", sv: 2, auth_time: SIGNED_IN });
  });
});

describe("isDueForRenewal", () => {
  it("renews at most once a minute", () => {
    expect(isDueForRenewal(claims(SIGNED_IN), SIGNED_IN + 59)).toBe(false);
    expect(isDueForRenewal(claims(SIGNED_IN), SIGNED_IN + 60)).toBe(true);
  });
});
