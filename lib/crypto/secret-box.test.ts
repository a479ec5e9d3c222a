import { describe, expect, it } from "vitest";
import { generateEncryptionKey } from "@/lib/crypto/keys";
import { decryptSecret, encryptSecret, reencryptSecret, SecretDecryptionError } from "@/lib/crypto/secret-box";
import { keyRing as keys } from "@/lib/crypto/testing";

const OLD = generateEncryptionKey();
const NEW = generateEncryptionKey();
const USER = "e7555787-603d-4d8e-847e-14b9ee769376";
const OTHER_USER = "a038ff22-acb5-4273-be29-0a4e982eea93";

function failure(run: () => unknown): SecretDecryptionError {
  try {
    run();
  } catch (error) {
    if (error instanceof SecretDecryptionError) return error;
    throw error;
  }
  throw new Error("expected a SecretDecryptionError");
}

describe("secret box", () => {
  it("round-trips, in the v1.<keyId>.<iv>.<ciphertext+tag> format, with a fresh IV each time", () => {
    const ring = keys(OLD);
    const sealed = encryptSecret("customer-secret-1", USER, ring);
    expect(sealed.keyId).toBe(ring[0]?.id);
    expect(sealed.ciphertext).toMatch(/^v1\.[0-9a-f]{8}\.[\w-]{16}\.[\w-]+$/);
    expect(sealed.ciphertext).not.toContain("customer-secret-1");
    expect(decryptSecret(sealed.ciphertext, USER, ring)).toBe("customer-secret-1");
    expect(encryptSecret("customer-secret-1", USER, ring).ciphertext).not.toBe(sealed.ciphertext);
  });

  it("fails for another user's associated data", () => {
    const ring = keys(OLD);
    const { ciphertext } = encryptSecret("customer-secret-1", USER, ring);
    expect(failure(() => decryptSecret(ciphertext, OTHER_USER, ring)).reason).toBe("authentication");
  });

  it("fails when the ciphertext or the IV is tampered with", () => {
    const ring = keys(OLD);
    const { ciphertext } = encryptSecret("customer-secret-1", USER, ring);
    const [version, id, iv = "", body = ""] = ciphertext.split(".");
    const flip = (text: string) => {
      const bytes = Buffer.from(text, "base64url");
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return bytes.toString("base64url");
    };
    expect(failure(() => decryptSecret([version, id, iv, flip(body)].join("."), USER, ring)).reason).toBe(
      "authentication",
    );
    expect(failure(() => decryptSecret([version, id, flip(iv), body].join("."), USER, ring)).reason).toBe(
      "authentication",
    );
    expect(failure(() => decryptSecret(`${ciphertext}.extra`, USER, ring)).reason).toBe("malformed");
    expect(failure(() => decryptSecret([version, id, iv, body.slice(0, 10)].join("."), USER, ring)).reason).toBe(
      "malformed",
    );
  });

  it("names an unknown key id clearly", () => {
    const { ciphertext, keyId } = encryptSecret("customer-secret-1", USER, keys(OLD));
    const error = failure(() => decryptSecret(ciphertext, USER, keys(NEW)));
    expect(error.reason).toBe("unknown_key");
    expect(error.message).toContain(`encrypted with key ${keyId}, which is not configured`);
    expect(error.message).toContain("BUDGIE_ENCRYPTION_KEY");
  });

  it("supports rotation: old ciphertexts still decrypt after a new primary key is added, and re-encrypt under it", () => {
    const before = keys(OLD);
    const during = keys(NEW, OLD);
    const sealed = encryptSecret("customer-secret-1", USER, before);
    expect(decryptSecret(sealed.ciphertext, USER, during)).toBe("customer-secret-1");

    const moved = reencryptSecret(sealed.ciphertext, USER, during);
    expect(moved.changed).toBe(true);
    expect(moved.keyId).toBe(during[0]?.id);
    expect(moved.keyId).not.toBe(sealed.keyId);
    expect(decryptSecret(moved.ciphertext, USER, keys(NEW))).toBe("customer-secret-1");

    expect(reencryptSecret(moved.ciphertext, USER, during)).toEqual({ ...moved, changed: false });
  });

  it("does not re-encrypt what it cannot decrypt", () => {
    const { ciphertext } = encryptSecret("customer-secret-1", USER, keys(OLD));
    expect(failure(() => reencryptSecret(ciphertext, OTHER_USER, keys(NEW, OLD))).reason).toBe("authentication");
  });
});
