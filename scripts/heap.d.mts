/** Types for scripts/heap.mjs (plain JavaScript so that `npm start` needs no TypeScript tooling). */
export function heapFlags(env?: Record<string, string | undefined>): string[];
