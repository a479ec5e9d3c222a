/**
 * npm run restore -- <file>: puts a backup from `npm run backup` back. Stop the app first.
 * PGlite (DATABASE_URL unset): into $BUDGIE_DATA_DIR/pglite, which must not hold a database (move it aside).
 * PostgreSQL: replaces Budgie's tables in DATABASE_URL's database with the backup's, in one transaction.
 */
import path from "node:path";
import { BackupError, restorePglite, restorePostgres } from "@/lib/db/backup";
import { appConfig } from "@/lib/env";
import { runCommand } from "./db-command";

await runCommand(async () => {
  const file = process.argv[2];
  if (!file) throw new BackupError("Say which backup to restore: npm run restore -- <file>.");
  const { databaseUrl, dataDir } = appConfig();
  if (databaseUrl) await restorePostgres(path.resolve(file), databaseUrl);
  else await restorePglite(path.resolve(file), path.join(dataDir, "pglite"));
  return `Restored ${file}. Start the app again.`;
});
