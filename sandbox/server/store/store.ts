/**
 * The in-memory state plus its JSON snapshot on disk. Repositories mutate `state` and call `changed()`; writes
 * are debounced (a burst of requests costs one write) and atomic (temp file + rename, so a crash mid-write
 * leaves the previous snapshot intact). Without a data directory nothing is persisted.
 */
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { emptyState, loadState, type SandboxState } from "./state";

const SNAPSHOT_FILE = "state.json";
const WRITE_DELAY_MS = 50;

export class Store {
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  private constructor(
    readonly state: SandboxState,
    private readonly dataDir: string | undefined,
  ) {}

  static async open(dataDir: string | undefined): Promise<Store> {
    if (dataDir === undefined) return new Store(emptyState(), undefined);
    await mkdir(dataDir, { recursive: true });
    const file = path.join(dataDir, SNAPSHOT_FILE);
    let json: string;
    try {
      json = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Store(emptyState(), dataDir);
      throw error;
    }
    try {
      return new Store(loadState(json), dataDir);
    } catch (error) {
      throw new Error(`Cannot read ${file} (${(error as Error).message}). Run \`npm run sandbox:reset\` to start afresh.`);
    }
  }

  changed(): void {
    if (this.dataDir === undefined || this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, WRITE_DELAY_MS);
  }

  /** Writes any pending change now; used on shutdown. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = undefined;
      await this.write();
    }
    await this.writing;
  }

  private write(): Promise<void> {
    const dataDir = this.dataDir;
    if (dataDir === undefined) return Promise.resolve();
    // Serialise now, write after any write in flight, so two renames never race.
    const json = JSON.stringify(this.state);
    this.writing = this.writing
      .then(async () => {
        const file = path.join(dataDir, SNAPSHOT_FILE);
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, json, "utf8");
        await rename(temp, file);
      })
      // A failed write is logged and the chain stays usable: the next change writes the whole state again.
      .catch((error: unknown) => console.error("sandbox: failed to write the state snapshot", error));
    return this.writing;
  }
}
