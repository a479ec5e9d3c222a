/**
 * Seals and opens next-auth session tokens with the e2e run's canary secret, the way next-auth v4 does (JWE, dir +
 * A256GCM, key from HKDF-SHA256), so specs can hand the production server a session that signed in or was last
 * renewed at a chosen time, and read what it sends back.
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes, randomUUID } from "node:crypto";
import { CANARIES } from "./env";

/** Secure cookies in production (`next start`), as next-auth names them. */
export const SESSION_COOKIE = "__Secure-next-auth.session-token";

const key = Buffer.from(
  hkdfSync("sha256", CANARIES.nextAuthSecret, "", "NextAuth.js Generated Encryption Key", 32),
);
const HEADER = Buffer.from(JSON.stringify({ alg: "dir", enc: "A256GCM" })).toString("base64url");

export interface SessionTimes {
  /** Minutes ago that the user signed in. */
  signedInMinutesAgo: number;
  /** Minutes ago that the token was issued or last renewed. */
  renewedMinutesAgo: number;
}

export function sealSession(userId: string, sessionVersion: number, times: SessionTimes): string {
  const now = Math.floor(Date.now() / 1000);
  const iat = now - times.renewedMinutesAgo * 60;
  const payload = {
    sub: userId,
    sv: sessionVersion,
    auth_time: now - times.signedInMinutesAgo * 60,
    iat,
    exp: iat + 12 * 60 * 60,
    jti: randomUUID(),
  };
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv).setAAD(Buffer.from(HEADER));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(payload)), cipher.final()]);
  return [HEADER, "", iv.toString("base64url"), ciphertext.toString("base64url"), cipher.getAuthTag().toString("base64url")].join(".");
}

export function openSession(token: string): Record<string, unknown> {
  const [header = "", , iv = "", ciphertext = "", tag = ""] = token.split(".");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"))
    .setAAD(Buffer.from(header))
    .setAuthTag(Buffer.from(tag, "base64url"));
  const plain = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]);
  return JSON.parse(plain.toString("utf8")) as Record<string, unknown>;
}
