/** Runs once when a server instance starts; the work lives in instrumentation-node.ts (Node.js runtime only). */
export async function register(): Promise<void> {
  // Next replaces NEXT_RUNTIME at build time, so the edge bundle never includes the Node-only module.
  // eslint-disable-next-line no-restricted-properties -- set by Next itself, not configuration.
  if (process.env.NEXT_RUNTIME === "nodejs") await import("./instrumentation-node");
}
