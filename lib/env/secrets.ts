import "server-only";
import { z } from "zod";
import { loadOrCreateDevSecrets } from "@/lib/crypto/dev-secrets";
import { parseEncryptionKeys, type EncryptionKey } from "@/lib/crypto/keys";
import { appConfig } from "@/lib/env/app";
import { cached, GENERATE, parseEnv, readEnv } from "@/lib/env/parse";
import { log } from "@/lib/log";

export interface SecretsConfig {
  /** First = primary (encrypts); the rest only decrypt, during a key rotation. */
  encryptionKeys: EncryptionKey[];
  nextAuthSecret: string;
}

const secretsSchema = z.object({
  BUDGIE_ENCRYPTION_KEY: z
    .string({ error: `is required in production (32 random bytes in base64; ${GENERATE})` })
    .transform((value, ctx) => {
      const parsed = parseEncryptionKeys(value);
      if ("keys" in parsed) return parsed.keys;
      ctx.issues.push({ code: "custom", message: parsed.problem, input: undefined });
      return z.NEVER;
    }),
  NEXTAUTH_SECRET: z
    .string({ error: `is required in production (${GENERATE})` })
    .min(32, `must be at least 32 characters (${GENERATE})`),
});

/**
 * Production refuses to run without BUDGIE_ENCRYPTION_KEY and NEXTAUTH_SECRET. Elsewhere, whichever is unset
 * comes from `<dataDir>/dev-secrets.json`, generated on first use, with a warning.
 */
export function secretsConfig(): SecretsConfig {
  return cached("secrets", () => {
    const { isProduction, dataDir } = appConfig();
    const env = readEnv(Object.keys(secretsSchema.shape));
    if (!isProduction && (!env.BUDGIE_ENCRYPTION_KEY || !env.NEXTAUTH_SECRET)) {
      const { secrets, file, created } = loadOrCreateDevSecrets(dataDir);
      // Every server bundle entry has its own copy of this module; one warning per process is enough.
      const warned = globalThis as { budgieDevSecretsWarned?: boolean };
      if (!warned.budgieDevSecretsWarned) {
        warned.budgieDevSecretsWarned = true;
        log("warn", created ? "dev_secrets_generated" : "dev_secrets_reused", {
          file,
          message: "BUDGIE_ENCRYPTION_KEY or NEXTAUTH_SECRET is not set: using development secrets from this file. Production refuses to start without both.",
        });
      }
      env.BUDGIE_ENCRYPTION_KEY ??= secrets.encryptionKey;
      env.NEXTAUTH_SECRET ??= secrets.nextAuthSecret;
    }
    const parsed = parseEnv("secrets", secretsSchema, env);
    return { encryptionKeys: parsed.BUDGIE_ENCRYPTION_KEY, nextAuthSecret: parsed.NEXTAUTH_SECRET };
  });
}
