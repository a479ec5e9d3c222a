import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { argon2id } from "hash-wasm";

// OWASP Password Storage Cheat Sheet's argon2id baseline: 19 MiB of memory, 2 iterations, 1 lane.
const PARAMS = { memorySize: 19_456, iterations: 2, parallelism: 1 } as const;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
const PHC = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

// NFC, so that a password typed where accents are composed differently still matches.
const prepare = (password: string) => password.normalize("NFC");

/** argon2id with a random salt, as a PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
export async function hashPassword(password: string): Promise<string> {
  return argon2id({
    ...PARAMS,
    password: prepare(password),
    salt: randomBytes(SALT_BYTES),
    hashLength: HASH_BYTES,
    outputType: "encoded",
  });
}

/**
 * Recomputes the hash with the parameters stored in it and compares in constant time (hash-wasm's own
 * argon2Verify compares strings with ===). An empty password never matches (argon2 refuses it); answering that
 * at once reveals nothing, since it does not depend on the hash.
 */
export async function verifyPassword(password: string, encoded: string): Promise<boolean> {
  const [, memory, iterations, lanes, salt, hash] = PHC.exec(encoded) ?? [];
  if (!memory || !iterations || !lanes || !salt || !hash) throw new Error("Unsupported password hash format");
  if (password === "") return false;
  const expected = Buffer.from(hash, "base64");
  const actual = await argon2id({
    password: prepare(password),
    salt: Buffer.from(salt, "base64"),
    memorySize: Number(memory),
    iterations: Number(iterations),
    parallelism: Number(lanes),
    hashLength: expected.length,
    outputType: "binary",
  });
  return timingSafeEqual(actual, expected);
}

/**
 * hashPassword's output for a random password nobody kept. Sign-in verifies against it when the email is unknown,
 * so that case costs the same argon2 work as a wrong password (a test keeps its parameters equal to PARAMS).
 */
export const DUMMY_PASSWORD_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$fat5hmo9kb42YNtdCVxbHg$TG3umP8KOXk5cNSB6+495RwiQZlhHiuXlz/mZ8PSiTs";
