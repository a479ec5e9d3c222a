/**
 * Stand-in insights for the heavy customer (≈105k transactions): building the totals index in this process, then
 * the answer times of the aggregation endpoints over HTTP once it is built (the stand-in builds it at start-up).
 */
import { createWorld } from "../sandbox/data";
import { HEAVY_CUSTOMER } from "../sandbox/data/demo-customers";
import { buildFacts } from "../sandbox/server/insights/facts";
import { okJson, summary, timed } from "./support";

export async function timeHeavyIndex(): Promise<void> {
  const data = createWorld({ assetBaseUrl: "http://localhost" }).customerData(HEAVY_CUSTOMER.customerId)!;
  const started = performance.now();
  const facts = await buildFacts(data);
  console.log(`Stand-in: heavy customer's insights index (${facts.length.toLocaleString("en-GB")} rows) built in ${(performance.now() - started).toFixed(0)} ms`);
}

const CALLS = [
  "/aggregations/v2/totals/categories?include_l2=true",
  "/aggregations/v2/totals/categories/trends?granularity=monthly&include_l2=true",
  "/aggregations/v2/totals/essential-statistics",
  "/v2/merchants/totals",
  "/v2/future-transactions",
];

export async function benchHeavyInsights(baseUrl: string, headers: Record<string, string>): Promise<void> {
  for (const path of CALLS) {
    const call = () => fetch(`${baseUrl}${path}`, { headers }).then((r) => void okJson(r));
    const first = await timed(1, 1, call); // waits for the index if the start-up build is still running
    console.log(`Stand-in: heavy ${path}: first ${first[0]!.toFixed(0)} ms, then ${summary(await timed(50, 1, call))}`);
  }
}
