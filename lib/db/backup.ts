import "server-only";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { closeDb, openPglite } from "@/lib/db/client";
import { lockDataDir } from "@/lib/db/dir-lock";

/**
 * Backups of Budgie's own database (users, their Bud customer links, sign-in attempts; financial data lives at
 * Bud). PGlite: its data-directory dump (a gzipped tar) in one file, taken with the app stopped, because the
 * running app holds the directory's lock and PGlite cannot be read by a second process. PostgreSQL: pg_dump's
 * custom format, taken while the app runs (a consistent snapshot), restored with pg_restore in one transaction.
 */

export class BackupError extends Error {
  override readonly name = "BackupError";
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const PG_DUMP_MAGIC = Buffer.from("PGDMP");

/** Written to a temporary name and renamed, so a failed backup never leaves a file that looks complete. */
function writeAtomically(file: string, bytes: Uint8Array): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, bytes, { mode: 0o600 });
  fs.renameSync(partial, file);
}

export async function backupPglite(pgliteDir: string, file: string): Promise<void> {
  if (!fs.existsSync(path.join(pgliteDir, "PG_VERSION"))) {
    throw new BackupError(`There is no PGlite database in ${pgliteDir} to back up (check BUDGIE_DATA_DIR).`);
  }
  const handle = await openPglite(pgliteDir, { purpose: "a backup" });
  try {
    const dump = await handle.db.$client.dumpDataDir("gzip");
    writeAtomically(file, new Uint8Array(await dump.arrayBuffer()));
  } finally {
    await closeDb(handle);
  }
}

/** Into an empty or missing directory only: a restore never overwrites a database that may hold newer data. */
export async function restorePglite(file: string, pgliteDir: string): Promise<void> {
  const bytes = readBackup(file);
  if (bytes.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC)) {
    throw new BackupError(`${file} is a PostgreSQL backup (pg_dump): set DATABASE_URL to restore it into PostgreSQL.`);
  }
  if (!bytes.subarray(0, 2).equals(GZIP_MAGIC)) throw new BackupError(`${file} is not a Budgie PGlite backup.`);
  const unlock = await lockDataDir(pgliteDir, "a restore");
  try {
    if (fs.readdirSync(pgliteDir).some((entry) => !entry.startsWith(".budgie-lock"))) {
      throw new BackupError(
        `${pgliteDir} already holds a database. Move it aside first (for example \`mv ${pgliteDir} ${pgliteDir}.old\`), then restore again.`,
      );
    }
    const client = new PGlite(pgliteDir, { loadDataDir: new Blob([new Uint8Array(bytes)]) });
    await client.waitReady;
    await client.close();
  } finally {
    await unlock();
  }
}

function readBackup(file: string): Buffer {
  if (!fs.existsSync(file)) throw new BackupError(`There is no backup file at ${file}.`);
  return fs.readFileSync(file);
}

/** pg_dump and pg_restore take the password from the environment, so it never shows in a process list. */
function pgTool(tool: "pg_dump" | "pg_restore", args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${url.toString()}`], {
      // eslint-disable-next-line no-restricted-properties -- handed on to the child unread (PATH, locale), not configuration.
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ["ignore", "inherit", "inherit"],
    });
    child.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === "ENOENT"
            ? `${tool} was not found: install the PostgreSQL client tools (the same major version as the server, e.g. \`apt-get install postgresql-client\`).`
            : `${tool} could not be started (${error.message}).`,
        ),
      ),
    );
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit code ${code}); its message is above.`))));
  });
}

export async function backupPostgres(databaseUrl: string, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await pgTool("pg_dump", ["--format=custom", "--no-owner", `--file=${partial}`], databaseUrl);
  fs.chmodSync(partial, 0o600);
  fs.renameSync(partial, file);
}

/** Replaces Budgie's tables in the target database with the backup's, all or nothing. Stop the app first. */
export async function restorePostgres(file: string, databaseUrl: string): Promise<void> {
  const bytes = readBackup(file);
  if (!bytes.subarray(0, PG_DUMP_MAGIC.length).equals(PG_DUMP_MAGIC)) {
    throw new BackupError(`${file} is not a PostgreSQL backup (pg_dump custom format); PGlite backups restore with DATABASE_URL unset.`);
  }
  await pgTool("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--exit-on-error", file], databaseUrl);
}
