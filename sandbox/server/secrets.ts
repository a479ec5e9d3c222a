/**
 * Credential primitives for the stand-in. Secrets are never stored or compared in the clear: the store keeps
 * salted SHA-256 digests, and every comparison goes through timingSafeEqual so response times do not leak how
 * many leading characters of a guess were right.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString("hex");
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** Equal-length digests of both sides, so the comparison time does not depend on the input lengths either. */
export function constantTimeEqual(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(a), "hex"), Buffer.from(sha256(b), "hex"));
}

export interface SecretHash {
  salt: string;
  hash: string;
}

export function hashSecret(secret: string): SecretHash {
  const salt = randomHex(16);
  return { salt, hash: sha256(salt + secret) };
}

export function verifySecret(secret: string, stored: SecretHash): boolean {
  return timingSafeEqual(Buffer.from(sha256(stored.salt + secret), "hex"), Buffer.from(stored.hash, "hex"));
}
