/**
 * The V8 heap cap Budgie's production server runs with (`npm start`, the e2e run and the bench): BUDGIE_HEAP_MB megabytes of old
 * space (default 512), unless NODE_OPTIONS already sets one. Without a cap V8 sizes the heap from the host's memory
 * (up to 4 GB here) and collects old space lazily; with it the app bench's RSS levels off after its second round.
 * (It was first set for the CSV export's 2 GB of growth, which turned out to be native ICU memory held by a
 * formatter built per row, not the heap: see README, Performance → Transactions.)
 */
export function heapFlags(env = process.env) {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return [];
  const megabytes = Number(env.BUDGIE_HEAP_MB || 512);
  if (!Number.isInteger(megabytes) || megabytes < 128) throw new Error("BUDGIE_HEAP_MB: must be a whole number of megabytes, at least 128");
  return [`--max-old-space-size=${megabytes}`];
}
