/**
 * Loopback-only test controls for payments (mounted under /__sandbox/payments): act as the payer at their bank
 * without driving the hosted page.
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../context";
import { parseOrFail, readJsonBody } from "../http/params";
import { authorisePayment } from "./authorise";
import { wirePayment } from "./wire";

const body = z.object({ outcome: z.enum(["approved", "denied", "cancelled"]) });

export const paymentControlRoutes = new Hono<AppEnv>();

paymentControlRoutes.post("/:payment_id/authorise", async (c) => {
  const { outcome } = parseOrFail(body, await readJsonBody(c));
  const payment = c.var.deps.store.state.payments[c.req.param("payment_id")];
  if (!payment) return c.json({ error: "No such payment." }, 404);
  const now = c.var.deps.clock.now();
  const result = authorisePayment(c.var.deps, payment, outcome, now);
  if (!result.ok) return c.json({ error: result.reason }, 409);
  return c.json(wirePayment(payment, now));
});
