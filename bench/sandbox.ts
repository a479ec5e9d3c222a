/**
 * Stand-in figures: RSS once every demo customer is generated, and latency of the heavy customer's first
 * transactions page; then the Bud client's token requests per 1,000 concurrent calls.
 */
import { createWorld } from "../sandbox/data";
import { HEAVY_CUSTOMER } from "../sandbox/data/demo-customers";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "../sandbox/server/clients";
import { createBudClient } from "../lib/bud/client";
import { listAccounts } from "../lib/bud/accounts";
import { DEFAULT_RETRY_POLICY } from "../lib/bud/retry";
import { benchHeavyInsights, timeHeavyIndex } from "./insights-standin";
import { okJson, PORT_OFFSET, rssMiB, scratchDir, standInToken, startProcess, stopProcess, summary, timed, waitForHttp } from "./support";

const PORT = 4310 + PORT_OFFSET;
const URL_BASE = `http://127.0.0.1:${PORT}`;

async function tokenRequests(): Promise<number> {
  return ((await okJson(await fetch(`${URL_BASE}/__sandbox/stats`))) as { tokenRequests: number }).tokenRequests;
}

/** Generating the heavy customer's data, in this process, as the stand-in does at start-up. */
function timeHeavyGeneration(): void {
  const started = performance.now();
  const data = createWorld({ assetBaseUrl: "http://localhost" }).customerData(HEAVY_CUSTOMER.customerId)!;
  const generatedMs = performance.now() - started;
  let rows = 0;
  for (let page = data.transactions({}, 200); ; page = data.transactions({}, 200, page.nextPageToken)) {
    rows += page.items.length;
    if (!page.nextPageToken) break;
  }
  console.log(`Stand-in: heavy customer's ${rows.toLocaleString("en-GB")} transactions generated in ${generatedMs.toFixed(0)} ms`);
}

export async function benchSandbox(): Promise<void> {
  timeHeavyGeneration();
  await timeHeavyIndex();
  const started = performance.now();
  const sandbox = startProcess(process.execPath, ["--import", "tsx", "sandbox/main.ts"], {
    SANDBOX_PORT: String(PORT),
    SANDBOX_DATA_DIR: scratchDir("sandbox"),
  });
  try {
    await waitForHttp(`${URL_BASE}/v1/open-banking/providers`);
    console.log(`Stand-in: ready in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS after seeding ${rssMiB(sandbox.pid!)} MiB`);

    const headers = {
      Authorization: `Bearer ${await standInToken(URL_BASE, LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET)}`,
      "X-Client-Id": LOCAL_CLIENT_ID,
      "X-Customer-Id": HEAVY_CUSTOMER.customerId,
      "X-Customer-Secret": HEAVY_CUSTOMER.customerSecret,
    };
    const firstPage = () =>
      fetch(`${URL_BASE}/financial/v2/transactions?page_size=100`, { headers }).then((r) => void okJson(r));
    await timed(20, 1, firstPage); // warm-up
    console.log(`Stand-in: heavy customer's first transactions page (100 items), sequential: ${summary(await timed(300, 1, firstPage))}`);
    console.log(`Stand-in: the same at 10 concurrent: ${summary(await timed(500, 10, firstPage))}`);
    console.log(`Stand-in: RSS after the page runs ${rssMiB(sandbox.pid!)} MiB`);
    await benchHeavyInsights(URL_BASE, headers);

    const bud = createBudClient({
      apiUrl: URL_BASE,
      clientId: LOCAL_CLIENT_ID,
      clientSecret: LOCAL_CLIENT_SECRET,
      timeoutMs: 10_000,
      deadlineMs: 30_000,
      retry: DEFAULT_RETRY_POLICY,
    });
    const before = await tokenRequests();
    const customer = { customerId: HEAVY_CUSTOMER.customerId, customerSecret: HEAVY_CUSTOMER.customerSecret };
    const calls = await Promise.all(Array.from({ length: 1_000 }, () => listAccounts(customer, bud)));
    console.log(`Client: ${(await tokenRequests()) - before} token request(s) for ${calls.length} concurrent cold calls`);
  } finally {
    await stopProcess(sandbox);
  }
}
