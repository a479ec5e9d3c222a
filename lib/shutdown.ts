import "server-only";

/**
 * Work to finish before the process exits (closing PGlite, so its files are consistent). Our server
 * (scripts/server.mjs) runs these after it has stopped accepting requests and drained the ones in flight; it
 * finds them on globalThis under this symbol because it is plain JavaScript outside Next's bundles.
 */
type Hook = () => Promise<void>;

const KEY = Symbol.for("budgie.shutdownHooks");

export function onShutdown(hook: Hook): void {
  const registry = globalThis as unknown as Record<symbol, Set<Hook> | undefined>;
  (registry[KEY] ??= new Set()).add(hook);
}
