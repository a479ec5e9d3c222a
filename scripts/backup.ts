/**
 * npm run backup [-- <file>]: a backup of Budgie's database, by default to backups/budgie-<engine>-<time>.
 * PGlite (DATABASE_URL unset): stop the app first; it holds the data directory. PostgreSQL: runs pg_dump, with
 * the app running or not.
 */
import path from "node:path";
import { backupPglite, backupPostgres } from "@/lib/db/backup";
import { appConfig } from "@/lib/env";
import { runCommand } from "./db-command";

await runCommand(async () => {
  const { databaseUrl, dataDir } = appConfig();
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.resolve(
    process.argv[2] ?? path.join("backups", `budgie-${databaseUrl ? "postgres" : "pglite"}-${stamp}.${databaseUrl ? "dump" : "tar.gz"}`),
  );
  if (databaseUrl) await backupPostgres(databaseUrl, file);
  else await backupPglite(path.join(dataDir, "pglite"), file);
  return `Backup written to ${file}.`;
});
