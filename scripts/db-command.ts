/** The shared ending of the database commands (backup, restore): one sentence on success or failure, exit code. */
import { BackupError } from "@/lib/db/backup";
import { DataDirLockedError } from "@/lib/db/dir-lock";
import { EnvError } from "@/lib/env";

const EXPECTED = [BackupError, DataDirLockedError, EnvError];

export async function runCommand(work: () => Promise<string>): Promise<void> {
  try {
    console.log(await work());
  } catch (error) {
    if (!EXPECTED.some((kind) => error instanceof kind)) throw error;
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}
