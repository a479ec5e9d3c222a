import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, lockDataDir } from "@/lib/db/dir-lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "budgie-lock-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("lockDataDir", () => {
  it("lets one holder in, refuses a second with a sentence pointing at DATABASE_URL, and frees on release", async () => {
    const release = await lockDataDir(dir);
    const second = lockDataDir(dir, "a backup");
    await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
    await expect(second).rejects.toThrow(
      `Another Budgie process is using the PGlite database in ${dir}, and PGlite serves one process at a time: stop it before starting a backup, or set DATABASE_URL to a PostgreSQL database to run several instances.`,
    );
    // Another directory is independent.
    const other = await lockDataDir(path.join(dir, "other"));
    await other();
    await release();
    const again = await lockDataDir(dir);
    await again();
  });
});
