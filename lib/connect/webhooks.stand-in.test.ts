import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { POST as receiveWebhook } from "@/app/api/webhooks/bud/route";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld } from "@/lib/api/testing/world";
import { returnFromBud } from "@/lib/connect/callback";
import { journeyProgress } from "@/lib/connect/progress";
import { beginConnect } from "@/lib/connect/start";
import { insertTestUser } from "@/lib/db/testing";
import { resetEnvCacheForTests } from "@/lib/env";
import { connectJourney } from "@/sandbox/server/connect/testing";

/*
 * Polling switched off (BUDGIE_CONNECT_POLLING=false): Bud's webhook alone finishes a journey. Everything is real
 * but the browser: the stand-in's hosted page, connect task and signed webhook; our route handler, which verifies
 * it against the stand-in's published JWKS; the journey store and the progress the journey page polls.
 */

let world: RouteWorld;
let receiver: { url: string; statuses: number[]; close(): Promise<void> };

/** Our webhook route on a real port, for the stand-in to POST to; remembers what it answered. */
async function listenWithWebhookRoute(): Promise<typeof receiver> {
  const statuses: number[] = [];
  const server = createServer(async (incoming, outgoing) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const headers = Object.entries(incoming.headers).flatMap(([name, value]) => (typeof value === "string" ? [[name, value] as [string, string]] : []));
    const request = new NextRequest("http://localhost/api/webhooks/bud", { method: "POST", headers, body: Buffer.concat(chunks) });
    const response = await receiveWebhook(request, { params: Promise.resolve({}) });
    statuses.push(response.status);
    outgoing.writeHead(response.status).end(await response.text());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/bud`,
    statuses,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

beforeAll(async () => {
  receiver = await listenWithWebhookRoute();
  world = await startRouteWorld({ webhookUrl: receiver.url });
  vi.stubEnv("BUDGIE_CONNECT_POLLING", "false");
  vi.stubEnv("BUD_WEBHOOK_JWKS_URL", `${world.sandbox.url}/bud-callback.jwks`);
  // Bud's hosted pages, at the stand-in's public URL.
  vi.stubEnv("BUD_CONNECT_ORIGIN", `http://localhost:${world.sandbox.port}`);
  resetEnvCacheForTests();
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  vi.unstubAllEnvs();
  await world?.close();
  await receiver?.close();
});

it("with polling off, the stand-in's signed webhook alone completes the journey", async () => {
  const user = await insertTestUser(world.testDb.db, { email: "webhook-only@example.com" });
  const hosted = await beginConnect(user.id, { provider: "Natwest_Sandbox", purpose: "connect" }, "http://localhost");
  const answered = await connectJourney(hosted).post({ action: "approve", username: "sam", password: "sandbox" });
  const back = new URL(answered.headers.get("location")!);
  const journeyId = (await returnFromBud(user.id, back.searchParams)).split("/").pop()!;

  await expect.poll(async () => (await journeyProgress(user.id, journeyId)).status, { timeout: 10_000 }).toBe("completed");
  expect(await journeyProgress(user.id, journeyId)).toMatchObject({ failure: null, provider: { id: "Natwest_Sandbox" } });
  // Verified and applied (a refused signature would be a 401), and the task was never asked about.
  expect(receiver.statuses).toContain(200);
  expect(receiver.statuses.every((status) => status === 200)).toBe(true);
  expect(world.sandbox.stats.requests.filter((request) => request.path.startsWith("/v1/open-banking/connect/"))).toEqual([]);
});
