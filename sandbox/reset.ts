/**
 * `npm run sandbox:reset`: forgets everything the stand-in stored (customers, tokens, tasks…), so the next start
 * is a first start again. Only the stand-in's own files are removed, then the directory if it is empty, so a
 * mistyped SANDBOX_DATA_DIR cannot wipe unrelated files.
 */
import { readdir, rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_DATA_DIR } from "./server/config";

const STATE_FILE = /^state\.json(\.\d+\.tmp)?$/;

async function reset(): Promise<void> {
  const dataDir = path.resolve(process.env.SANDBOX_DATA_DIR || DEFAULT_DATA_DIR);
  let entries: string[];
  try {
    entries = await readdir(dataDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return console.log(`Nothing to reset: ${dataDir} does not exist.`);
    throw error;
  }
  const stateFiles = entries.filter((entry) => STATE_FILE.test(entry));
  await Promise.all(stateFiles.map((entry) => rm(path.join(dataDir, entry), { force: true })));
  if (entries.length === stateFiles.length) await rmdir(dataDir);
  console.log(`Sandbox state reset (${dataDir}).`);
}

reset().catch((error: unknown) => {
  console.error("Sandbox reset failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
