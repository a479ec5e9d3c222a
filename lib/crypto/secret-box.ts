import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { EncryptionKey } from "@/lib/crypto/keys";
import { secretsConfig } from "@/lib/env";

/**
 * Secrets at rest: AES-256-GCM with a random 96-bit IV, sealed as `v1.<keyId>.<iv>.<ciphertext+tag>` (base64url).
 * The associated data (a user id) binds each secret to its owner: a ciphertext copied to another user's row
 * fails to decrypt. The key id lets any configured key decrypt, which is what makes rotation possible.
 */

const VERSION = "v1";
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface Sealed {
  ciphertext: string;
  keyId: string;
}

export type DecryptionFailure = "malformed" | "unknown_key" | "authentication";

export class SecretDecryptionError extends Error {
  override readonly name = "SecretDecryptionError";
  constructor(
    readonly reason: DecryptionFailure,
    message: string,
  ) {
    super(message);
  }
}

function currentKeys(): EncryptionKey[] {
  return secretsConfig().encryptionKeys;
}

export function encryptSecret(plaintext: string, associatedData: string, keys = currentKeys()): Sealed {
  const [primary] = keys;
  if (!primary) throw new Error("No encryption key is configured");
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", primary.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(associatedData, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  const ciphertext = [VERSION, primary.id, iv.toString("base64url"), body.toString("base64url")].join(".");
  return { ciphertext, keyId: primary.id };
}

export function decryptSecret(ciphertext: string, associatedData: string, keys = currentKeys()): string {
  const [version, id, ivText, bodyText, ...rest] = ciphertext.split(".");
  if (version !== VERSION || !id || !ivText || !bodyText || rest.length > 0) {
    throw new SecretDecryptionError("malformed", `Not a ${VERSION} sealed secret`);
  }
  const entry = keys.find((candidate) => candidate.id === id);
  if (!entry) {
    throw new SecretDecryptionError(
      "unknown_key",
      `Secret was encrypted with key ${id}, which is not configured (configured: ${keys.map((key) => key.id).join(", ")}). ` +
        "Add that key back to BUDGIE_ENCRYPTION_KEY, after the primary key.",
    );
  }
  const iv = Buffer.from(ivText, "base64url");
  const body = Buffer.from(bodyText, "base64url");
  if (iv.length !== IV_BYTES || body.length < TAG_BYTES) {
    throw new SecretDecryptionError("malformed", "Sealed secret has a malformed IV or body");
  }
  const decipher = createDecipheriv("aes-256-gcm", entry.key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(associatedData, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretDecryptionError(
      "authentication",
      "Secret failed authentication: it was altered, or belongs to another owner (associated data)",
    );
  }
}

/**
 * Re-seals under the primary key; `changed` is false when it already was. Always decrypts first, so a rotation
 * also proves every stored secret is still readable.
 */
export function reencryptSecret(
  ciphertext: string,
  associatedData: string,
  keys = currentKeys(),
): Sealed & { changed: boolean } {
  const plaintext = decryptSecret(ciphertext, associatedData, keys);
  const primaryId = keys[0]?.id;
  if (primaryId !== undefined && ciphertext.startsWith(`${VERSION}.${primaryId}.`)) {
    return { ciphertext, keyId: primaryId, changed: false };
  }
  return { ...encryptSecret(plaintext, associatedData, keys), changed: true };
}
