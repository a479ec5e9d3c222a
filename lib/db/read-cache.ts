import "server-only";
import type { PGlite } from "@electric-sql/pglite";
import { LruCache } from "@/lib/perf/lru";

/**
 * Answers to reads that PGlite can give from memory until the next write. Sound only because one process owns a
 * PGlite directory (lib/db/dir-lock refuses a second one), so every write passes through this process's client,
 * which counts them (countWrites below): an entry is served only while no write has happened since its read
 * began, so a revoked session or a newly hidden account is seen by the very next request. PostgreSQL has no such
 * guarantee (other instances write too), so it gets no cache and reads every time.
 *
 * Why: a PGlite statement runs PostgreSQL's executor in WebAssembly on the main thread, ~0.5 ms of CPU even for a
 * one-row lookup, and every request reads its session this way.
 */
export class ReadCache {
  private generation = 0;
  private readonly entries: LruCache<string, { generation: number; value: unknown }>;

  constructor(capacity = 10_000) {
    this.entries = new LruCache(capacity);
  }

  /** Called before and after every statement that may write: every entry read before is stale from now on. */
  invalidate(): void {
    this.generation++;
  }

  /** `load()`'s answer, from memory when nothing was written since it was last loaded under this key. */
  async read<T>(key: string, load: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.generation === this.generation) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    // A write that began while this read ran may or may not be in its answer: such an answer is not kept.
    if (generation === this.generation) this.entries.set(key, { generation, value });
    return value;
  }
}

/** Only a plain SELECT is known not to write (a WITH may hold an INSERT, a function call may write). */
const READ_ONLY = /^\s*select\s/i;

/**
 * Makes `client` invalidate `cache` before and after every statement that may write and every transaction (reads
 * inside one are not cached; what it wrote becomes visible at its commit). Drizzle, the migrator and our scripts
 * all reach PGlite through these three methods.
 */
export function countWrites(client: PGlite, cache: ReadCache): void {
  const aroundWrite = async <T>(run: () => Promise<T>): Promise<T> => {
    cache.invalidate();
    try {
      return await run();
    } finally {
      cache.invalidate();
    }
  };
  const query = client.query.bind(client) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  const exec = client.exec.bind(client) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
  const transaction = client.transaction.bind(client) as (callback: unknown) => Promise<unknown>;
  client.query = ((sql: string, ...rest: unknown[]) =>
    READ_ONLY.test(sql) ? query(sql, ...rest) : aroundWrite(() => query(sql, ...rest))) as PGlite["query"];
  client.exec = ((sql: string, ...rest: unknown[]) => aroundWrite(() => exec(sql, ...rest))) as PGlite["exec"];
  client.transaction = ((callback: unknown) => aroundWrite(() => transaction(callback))) as PGlite["transaction"];
}
