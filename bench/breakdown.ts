/** Where a request's time goes, from the app's Server-Timing steps (lib/perf/server-timing.ts). */
import type { Sample } from "./load";
import { percentile } from "./support";

const step = (sample: Sample, name: string) => sample.steps.get(name) ?? 0;

/** Each row is one step; the derived ones are what the app does between the timed steps. */
const ROWS: [label: string, value: (sample: Sample) => number][] = [
  ["cookie: session JWT decryption", (s) => step(s, "cookie")],
  ["db: session version + customer link", (s) => step(s, "db")],
  ["decrypt: customer secret (cached)", (s) => step(s, "decrypt")],
  ["token: Bud access token call", (s) => step(s, "token")],
  ["upstream: Bud GET /financial/v3/accounts", (s) => step(s, "upstream")],
  ["Bud client: transport, zod, mapping", (s) => step(s, "handler") - step(s, "decrypt") - step(s, "token") - step(s, "upstream")],
  ["serialise: JSON response", (s) => step(s, "serialise")],
  ["route glue (origin check, params)", (s) => step(s, "total") - step(s, "cookie") - step(s, "db") - step(s, "handler") - step(s, "serialise")],
  ["= route handler total (server)", (s) => step(s, "total")],
  ["Next + HTTP (client time − route total)", (s) => s.ms - step(s, "total")],
  ["= client time", (s) => s.ms],
];

const cell = (samples: Sample[], value: (sample: Sample) => number) => {
  const values = samples.map(value);
  return `${percentile(values, 50).toFixed(2).padStart(8)} ${percentile(values, 99).toFixed(2).padStart(8)}`;
};

/** A table: one row per step, p50 and p99 one at a time, then at the given concurrency. */
export function printBreakdown(title: string, sequential: Sample[], concurrent: Sample[], concurrency: number): void {
  console.log(`\n${title} (ms)`);
  console.log(`${"".padEnd(44)}${"one at a time".padStart(17)}  ${`${concurrency} concurrent`.padStart(17)}`);
  console.log(`${"".padEnd(44)}${"p50".padStart(8)} ${"p99".padStart(8)}  ${"p50".padStart(8)} ${"p99".padStart(8)}`);
  for (const [label, value] of ROWS) {
    console.log(`${label.padEnd(44)}${cell(sequential, value)}  ${cell(concurrent, value)}`);
  }
}
