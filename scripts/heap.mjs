/**
 * The V8 heap cap Budgie's production server runs with (`npm start`, the e2e run and the bench): BUDGIE_HEAP_MB megabytes of old
 * space (default 512), unless NODE_OPTIONS already sets one. Without a cap V8 sizes the heap from the host's memory
 * (up to 4 GB here) and, under a high allocation rate, lets short-lived garbage pile up before collecting: a
 * 105,000-row CSV export grew the server's RSS by 2 GB, and three in a row to 4.3 GB, all of it collectable.
 * With the cap the same exports run at the same speed and the server stays under 1 GB.
 */
export function heapFlags(env = process.env) {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return [];
  const megabytes = Number(env.BUDGIE_HEAP_MB || 512);
  if (!Number.isInteger(megabytes) || megabytes < 128) throw new Error("BUDGIE_HEAP_MB: must be a whole number of megabytes, at least 128");
  return [`--max-old-space-size=${megabytes}`];
}
