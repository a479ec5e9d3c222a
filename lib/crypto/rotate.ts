import "server-only";
import { and, asc, eq, gt, isNotNull } from "drizzle-orm";
import { reencryptSecret, SecretDecryptionError } from "@/lib/crypto/secret-box";
import { getDb } from "@/lib/db/client";
import { budCustomers } from "@/lib/db/schema";
import { secretsConfig } from "@/lib/env";

export interface RotationReport {
  primaryKeyId: string;
  /** Stored customer secrets (hosted customers have none). */
  secrets: number;
  reencrypted: number;
  alreadyCurrent: number;
  /** Rewritten by someone else while this ran (e.g. a new link): left alone. */
  changedMeanwhile: number;
  /** Users whose secret could not be decrypted with any configured key. */
  failedUserIds: string[];
}

const BATCH = 500;

/**
 * Step 2 of a key rotation (scripts/rotate-keys.ts): re-seals every stored customer secret under the primary
 * key, in batches, so the old key can then be dropped from BUDGIE_ENCRYPTION_KEY.
 */
export async function rotateCustomerSecrets(keys = secretsConfig().encryptionKeys): Promise<RotationReport> {
  const db = await getDb();
  const report: RotationReport = {
    primaryKeyId: keys[0]?.id ?? "",
    secrets: 0,
    reencrypted: 0,
    alreadyCurrent: 0,
    changedMeanwhile: 0,
    failedUserIds: [],
  };
  let after: string | undefined;
  for (;;) {
    const rows = await db
      .select({ userId: budCustomers.userId, ciphertext: budCustomers.secretCiphertext })
      .from(budCustomers)
      .where(and(isNotNull(budCustomers.secretCiphertext), after ? gt(budCustomers.userId, after) : undefined))
      .orderBy(asc(budCustomers.userId))
      .limit(BATCH);
    for (const { userId, ciphertext } of rows) {
      if (ciphertext === null) continue;
      report.secrets += 1;
      let next: ReturnType<typeof reencryptSecret>;
      try {
        next = reencryptSecret(ciphertext, userId, keys);
      } catch (error) {
        if (!(error instanceof SecretDecryptionError)) throw error;
        report.failedUserIds.push(userId);
        continue;
      }
      if (!next.changed) {
        report.alreadyCurrent += 1;
        continue;
      }
      // Compare-and-set: never overwrite a secret that was re-linked after it was read.
      const updated = await db
        .update(budCustomers)
        .set({ secretCiphertext: next.ciphertext, keyId: next.keyId })
        .where(and(eq(budCustomers.userId, userId), eq(budCustomers.secretCiphertext, ciphertext)))
        .returning({ userId: budCustomers.userId });
      if (updated.length > 0) report.reencrypted += 1;
      else report.changedMeanwhile += 1;
    }
    if (rows.length < BATCH) return report;
    after = rows.at(-1)?.userId;
  }
}
