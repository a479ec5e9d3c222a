/**
 * The stand-in's webhook key set at Bud's path (`/bud-callback.jwks`, public and cacheable, as a JWKS is), and the
 * loopback control view of what was sent (`GET /__sandbox/webhooks`).
 */
import { Hono } from "hono";
import type { AppEnv } from "../context";
import { JWKS_PATH } from "./signing";

export const jwksRoutes = new Hono<AppEnv>();

jwksRoutes.get(JWKS_PATH, (c) => c.json(c.var.deps.webhookSigner.jwks(), 200, { "Cache-Control": "public, max-age=300" }));

export const webhookControlRoutes = new Hono<AppEnv>();

webhookControlRoutes.get("/webhooks", (c) => {
  const { webhooks } = c.var.deps;
  return c.json({ url: webhooks?.url ?? null, deliveries: webhooks?.records ?? [] });
});
