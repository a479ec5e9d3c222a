/**
 * The test-only control API under /__sandbox/: fault rules, token expiry, stats, the clock, and attaching banks
 * to customers. It can break every client of the stand-in, so it answers only connections from the loopback
 * interface.
 */
import { getConnInfo } from "@hono/node-server/conninfo";
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "./context";
import { clockControlRoutes } from "./control-clock";
import { maintenanceControlRoutes } from "./connect/maintenance";
import { customerControlRoutes } from "./control-customers";
import { faultRulesSchema } from "./faults/rules";
import { parseOrFail, queryObject, readJsonBody } from "./http/params";
import { paymentControlRoutes } from "./payments/control";
import { webhookControlRoutes } from "./webhooks/routes";

/** 127.0.0.0/8 and ::1, including IPv4 addresses mapped into IPv6. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith("::ffff:") ? address.slice("::ffff:".length) : address;
  return ipv4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4);
}

export const controlRoutes = new Hono<AppEnv>();

controlRoutes.use("*", async (c, next) => {
  if (!isLoopbackAddress(getConnInfo(c).remote.address)) {
    return c.json({ error: "The sandbox control API answers loopback clients only." }, 403);
  }
  await next();
});

controlRoutes.get("/faults", (c) => c.json({ rules: c.var.deps.faults.list() }));

controlRoutes.post("/faults", async (c) => {
  c.var.deps.faults.add(parseOrFail(faultRulesSchema, await readJsonBody(c)));
  return c.json({ rules: c.var.deps.faults.list() }, 201);
});

/** `?customerId=` clears only that customer's rules, so one e2e worker never clears another's. */
controlRoutes.delete("/faults", (c) => {
  const { customerId } = parseOrFail(z.object({ customerId: z.guid().optional() }), queryObject(c));
  c.var.deps.faults.clear(customerId);
  return c.body(null, 204);
});

controlRoutes.post("/expire-tokens", (c) => c.json({ expired: c.var.deps.tokens.expireAll() }));

controlRoutes.get("/stats", (c) => c.json(c.var.deps.stats));

controlRoutes.route("/", clockControlRoutes);
controlRoutes.route("/", customerControlRoutes);
controlRoutes.route("/payments", paymentControlRoutes);
controlRoutes.route("/", maintenanceControlRoutes);
controlRoutes.route("/", webhookControlRoutes);
