import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** One AES-256 key and its fingerprint, which is written into every ciphertext so decryption can pick the key. */
export interface EncryptionKey {
  id: string;
  key: Buffer;
}

const KEY_BYTES = 32;
// 32 bytes are 43 base64 characters plus one "=" of padding; the URL-safe alphabet is accepted too.
const BASE64_KEY = /^[A-Za-z0-9+/]{43}=?$|^[A-Za-z0-9_-]{43}$/;

/** A short, stable fingerprint: the first 8 hex characters of sha256(key). It reveals nothing usable about the key. */
export function keyId(key: Buffer): string {
  return createHash("sha256").update(key).digest("hex").slice(0, 8);
}

export function generateEncryptionKey(): string {
  return randomBytes(KEY_BYTES).toString("base64");
}

/**
 * Parses BUDGIE_ENCRYPTION_KEY: one key, or a comma-separated list during a rotation (first = primary, used to
 * encrypt; the others only decrypt). Problems are returned, not thrown, so env.ts can list them with the rest;
 * they never quote key material.
 */
export function parseEncryptionKeys(list: string): { keys: EncryptionKey[] } | { problem: string } {
  const entries = list.split(",").map((entry) => entry.trim());
  const keys: EncryptionKey[] = [];
  for (const [index, entry] of entries.entries()) {
    const position = entries.length > 1 ? `entry ${index + 1} of ${entries.length}` : "the value";
    if (!BASE64_KEY.test(entry)) {
      return { problem: `${position} is not 32 random bytes in base64 (generate one with \`openssl rand -base64 32\`)` };
    }
    // Node's base64 decoder accepts both alphabets.
    const key = Buffer.from(entry, "base64");
    const id = keyId(key);
    if (keys.some((known) => known.id === id)) return { problem: `${position} repeats an earlier key` };
    keys.push({ id, key });
  }
  return { keys };
}
