/**
 * Sandbox banks in maintenance: the control API switches a bank in or out (`POST /__sandbox/providers/{provider}/
 * maintenance` `{"on": true}`), the providers list then reports it `inactive`, a gateway URL that requests it is
 * refused with 422, the hosted page offers it as unavailable, and its refreshes fail with `provider_maintenance`.
 * Bud Pay's providers list reports it `inactive` too, and a payment from it is refused (400 on `provider`).
 */
import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../context";
import { failedValidation } from "../http/errors";
import { parseOrFail, readJsonBody } from "../http/params";
import type { SandboxState } from "../store/state";

export function inMaintenance(state: SandboxState, provider: string): boolean {
  return state.providers_in_maintenance.includes(provider);
}

const switchBody = z.object({ on: z.boolean() }).strict();

export const maintenanceControlRoutes = new Hono<AppEnv>();

maintenanceControlRoutes.post("/providers/:provider/maintenance", async (c) => {
  const { on } = parseOrFail(switchBody, await readJsonBody(c));
  const provider = c.req.param("provider");
  const { world, store } = c.var.deps;
  if (!world.providers.some((known) => known.provider === provider)) throw failedValidation({ provider: ["unknown provider"] });
  const others = store.state.providers_in_maintenance.filter((name) => name !== provider);
  store.state.providers_in_maintenance = on ? [...others, provider] : others;
  store.changed();
  return c.json({ provider, maintenance_status: on ? "inactive" : "active" });
});
