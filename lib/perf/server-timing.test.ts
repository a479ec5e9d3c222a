import { afterEach, describe, expect, it, vi } from "vitest";
import { resetEnvCacheForTests } from "@/lib/env";
import { parseServerTiming } from "@/lib/perf/step-times";

/** A fresh module (and a fresh process-wide state) per test, since timing is switched on once per process. */
async function serverTiming(enabled: boolean) {
  vi.resetModules();
  vi.stubEnv("BUDGIE_SERVER_TIMING", enabled ? "true" : "false");
  resetEnvCacheForTests();
  delete (globalThis as { budgiePerf?: unknown }).budgiePerf;
  return import("@/lib/perf/server-timing");
}

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCacheForTests();
  delete (globalThis as { budgiePerf?: unknown }).budgiePerf;
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Server-Timing", () => {
  it("is off by default: the response is passed through untouched", async () => {
    const { timeStep, withServerTiming } = await serverTiming(false);
    const original = Response.json({ ok: true });
    const handler = withServerTiming(async () => {
      await timeStep("db", () => pause(1));
      return original;
    });
    const response = await handler();
    expect(response).toBe(original);
    expect(response.headers.has("server-timing")).toBe(false);
  });

  it("when on, reports each step of the request, Bud calls included, and the process figures", async () => {
    const { timeStep, timeStepSync, withServerTiming } = await serverTiming(true);
    const upstream = await import("node:http").then(({ createServer }) =>
      createServer((_request, response) => setTimeout(() => response.end("{}"), 20)).listen(0, "127.0.0.1"),
    );
    await new Promise((resolve) => upstream.once("listening", resolve));
    const { port } = upstream.address() as { port: number };
    try {
      const handler = withServerTiming(async () => {
        await timeStep("db", () => pause(5));
        await timeStep("db", () => pause(5));
        await (await fetch(`http://127.0.0.1:${port}/financial/v3/accounts`)).text();
        return timeStepSync("serialise", () => Response.json({ ok: true }, { status: 201 }));
      });
      const response = await handler();
      expect(response.status).toBe(201);
      expect(await response.json()).toEqual({ ok: true });
      const steps = parseServerTiming(response.headers.get("server-timing"));
      expect(steps.get("db")).toBeGreaterThanOrEqual(9);
      expect(steps.get("upstream")).toBeGreaterThanOrEqual(19);
      expect(steps.has("token")).toBe(false);
      expect(steps.get("serialise")).toBeGreaterThanOrEqual(0);
      expect(steps.get("total")).toBeGreaterThanOrEqual((steps.get("db") ?? 0) + (steps.get("upstream") ?? 0));
      expect([...steps.keys()]).toEqual(expect.arrayContaining(["gc", "gcmax", "loop"]));
    } finally {
      upstream.close();
    }
  });

  it("keeps concurrent requests' steps apart", async () => {
    const { timeStep, withServerTiming } = await serverTiming(true);
    const handler = withServerTiming(async (step: string, ms: number) => {
      await timeStep(step, () => pause(ms));
      return Response.json({});
    });
    // The first finishes while the second is still in its step, and neither sees the other's.
    const [first, second] = await Promise.all([handler("first", 1), handler("second", 30)]);
    const steps = (response: Response) => [...parseServerTiming(response.headers.get("server-timing")).keys()];
    expect(steps(first)).toContain("first");
    expect(steps(first)).not.toContain("second");
    expect(steps(second)).toContain("second");
    expect(steps(second)).not.toContain("first");
  });
});
