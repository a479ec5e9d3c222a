import { describe, expect, it } from "vitest";
import { generateEncryptionKey, type EncryptionKey } from "@/lib/crypto/keys";
import { rotateCustomerSecrets } from "@/lib/crypto/rotate";
import { decryptSecret, encryptSecret } from "@/lib/crypto/secret-box";
import { keyRing as keys } from "@/lib/crypto/testing";
import { budCustomers } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";

const OLD = generateEncryptionKey();
const NEW = generateEncryptionKey();

describe.each(testEngines())("rotateCustomerSecrets on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  async function addUser(index: number, secret: string | null, ring: EncryptionKey[]) {
    const { id: userId } = await insertTestUser(testDb.db, { email: `user${index}@example.com` });
    const sealed = secret === null ? null : encryptSecret(secret, userId, ring);
    await testDb.db.insert(budCustomers).values({
      userId,
      customerId: `customer-${index}`,
      secretCiphertext: sealed?.ciphertext ?? null,
      keyId: sealed?.keyId ?? null,
    });
    return userId;
  }

  it("re-encrypts every secret under the new primary key, so the old key can be dropped", async () => {
    const secrets = new Map([
      [await addUser(1, "secret-1", keys(OLD)), "secret-1"],
      [await addUser(2, "secret-2", keys(OLD)), "secret-2"],
      [await addUser(3, "secret-3", keys(NEW)), "secret-3"],
    ]);
    await addUser(4, null, keys(OLD)); // hosted: nothing to rotate

    const report = await rotateCustomerSecrets(keys(NEW, OLD));
    expect(report).toEqual({
      primaryKeyId: keys(NEW)[0]?.id,
      secrets: 3,
      reencrypted: 2,
      alreadyCurrent: 1,
      changedMeanwhile: 0,
      failedUserIds: [],
    });

    const rows = await testDb.db.select().from(budCustomers);
    for (const row of rows.filter((candidate) => candidate.secretCiphertext !== null)) {
      expect(row.keyId).toBe(keys(NEW)[0]?.id);
      expect(decryptSecret(row.secretCiphertext ?? "", row.userId, keys(NEW))).toBe(secrets.get(row.userId));
    }
    expect(await rotateCustomerSecrets(keys(NEW, OLD))).toMatchObject({ reencrypted: 0, alreadyCurrent: 3 });
  });

  it("reports secrets it cannot decrypt and carries on with the rest", async () => {
    const lost = await addUser(1, "secret-1", keys(generateEncryptionKey()));
    await addUser(2, "secret-2", keys(OLD));
    const report = await rotateCustomerSecrets(keys(NEW, OLD));
    expect(report).toMatchObject({ secrets: 2, reencrypted: 1, failedUserIds: [lost] });
  });
});
