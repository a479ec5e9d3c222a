import { parseEncryptionKeys, type EncryptionKey } from "@/lib/crypto/keys";

/* Test support, imported by tests only. */

/** A key ring from base64 keys, primary first, as BUDGIE_ENCRYPTION_KEY would give it. */
export function keyRing(...encoded: string[]): EncryptionKey[] {
  const parsed = parseEncryptionKeys(encoded.join(","));
  if (!("keys" in parsed)) throw new Error(parsed.problem);
  return parsed.keys;
}
