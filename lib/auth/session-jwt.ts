import "server-only";
import { createDecipheriv, hkdfSync } from "node:crypto";
import { z } from "zod";
import { LruCache } from "@/lib/perf/lru";

/*
 * Opens next-auth 4's session token on the request's own thread. next-auth's decode() derives the encryption key
 * with HKDF on every call, asynchronously on libuv's four-thread pool: under load each request then waits for a
 * pool thread and another event-loop turn before its session is known, and the hop costs more than the
 * decryption itself. Here the key is derived once per secret and the token opened synchronously, with the checks
 * jose applies to this token type: a compact JWE, alg "dir", enc "A256GCM", authenticated protected header, and
 * exp/nbf honoured with next-auth's 15 s clock tolerance. next-auth still writes the cookie; session-jwt.test.ts
 * keeps the two in step.
 */

const INFO = "NextAuth.js Generated Encryption Key";
const CLOCK_TOLERANCE_S = 15;
const IV_BYTES = 12;
const TAG_BYTES = 16;

// Exactly what next-auth writes: anything else (zip, crit, another algorithm) is refused rather than interpreted.
const Header = z.strictObject({ alg: z.literal("dir"), enc: z.literal("A256GCM") });
const Claims = z.looseObject({
  exp: z.number().optional(),
  nbf: z.number().optional(),
  iat: z.number().optional(),
});

const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", INFO, 32));
    // A process sees one secret (two while it is rotated); the bound only guards against misuse.
    if (keys.size >= 4) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

function json(base64url: string): unknown {
  try {
    return JSON.parse(Buffer.from(base64url, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

type Claims = z.infer<typeof Claims>;

/**
 * Tokens already opened, by their exact text: a browser sends the same token with every request until it is
 * renewed (at most once a minute), and a request reads it more than once (the session, then its renewal), so the
 * decryption (~0.1 ms) is done once per token. Only tokens that opened are kept, with the secret that opened them;
 * the time checks run on every call.
 */
const opened = new LruCache<string, { secret: string; claims: Readonly<Claims> }>(5_000);

/** The token's claims, or null when it is malformed, was not sealed with this secret, or has expired. */
export function decryptSessionJwt(token: string, secret: string, nowMs = Date.now()): Record<string, unknown> | null {
  let entry = opened.get(token);
  if (entry?.secret !== secret) {
    const claims = openToken(token, secret);
    if (!claims) return null;
    opened.set(token, (entry = { secret, claims: Object.freeze(claims) }));
  }
  const nowS = Math.floor(nowMs / 1000);
  const { exp, nbf } = entry.claims;
  if (exp !== undefined && exp <= nowS - CLOCK_TOLERANCE_S) return null;
  if (nbf !== undefined && nbf > nowS + CLOCK_TOLERANCE_S) return null;
  return { ...entry.claims };
}

/** The claims of a token sealed with this secret in next-auth's format, or null. */
function openToken(token: string, secret: string): Claims | null {
  const parts = token.split(".");
  if (parts.length !== 5) return null;
  const [protectedHeader = "", encryptedKey, ivText = "", ciphertext = "", tagText = ""] = parts;
  if (encryptedKey !== "" || !Header.safeParse(json(protectedHeader)).success) return null;
  const iv = Buffer.from(ivText, "base64url");
  const tag = Buffer.from(tagText, "base64url");
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) return null;
  let plaintext: string;
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(protectedHeader, "ascii"));
    decipher.setAuthTag(tag);
    plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
  const claims = Claims.safeParse(safeParse(plaintext));
  return claims.success ? claims.data : null;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
