/**
 * npm run rotate-keys: step 2 of rotating BUDGIE_ENCRYPTION_KEY.
 *   1. Put a new key first in BUDGIE_ENCRYPTION_KEY, keeping the old one after it ("new,old"); restart the app.
 *   2. Run this (with the same environment): every stored customer secret is re-encrypted under the new key.
 *   3. When it reports no failures, remove the old key and restart again.
 * On PGlite, stop the app first: one process at a time may open its data directory.
 */
import { rotateCustomerSecrets } from "@/lib/crypto/rotate";
import { disconnectDb } from "@/lib/db/client";

const report = await rotateCustomerSecrets();
await disconnectDb();

console.log(`Primary key: ${report.primaryKeyId}`);
console.log(`Customer secrets: ${report.secrets}`);
console.log(`  re-encrypted:      ${report.reencrypted}`);
console.log(`  already current:   ${report.alreadyCurrent}`);
console.log(`  changed meanwhile: ${report.changedMeanwhile}${report.changedMeanwhile > 0 ? " (run again to cover them)" : ""}`);
console.log(`  failed:            ${report.failedUserIds.length}`);
if (report.failedUserIds.length > 0) {
  console.error(`Could not decrypt the secrets of users: ${report.failedUserIds.join(", ")}.`);
  console.error("Is every key they were encrypted with still listed in BUDGIE_ENCRYPTION_KEY?");
  process.exitCode = 1;
}
