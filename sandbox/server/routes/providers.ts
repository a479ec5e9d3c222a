/**
 * GET /v1/open-banking/providers. The stand-in is a sandbox, and "on Bud's sandbox environment, only sandbox
 * providers will be returned": every provider it knows is a sandbox provider offering every scope.
 */
import { Hono } from "hono";
import { api } from "../auth/guard";
import { inMaintenance } from "../connect/maintenance";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { enumListParam } from "../http/params";

export const providerRoutes = new Hono<AppEnv>();

providerRoutes.get("/v1/open-banking/providers", api("open_banking_providers_get"), (c) => {
  const types = enumListParam(c, "types", ["sandbox", "business", "retail"]);
  const regions = enumListParam(c, "region", ["GBR"]);
  // Validated for Bud's 400, but no filter: every sandbox provider serves every scope.
  enumListParam(c, "scopes", ["accounts", "balances", "transactions", "parties", "direct-debits"]);
  const { world, store } = c.var.deps;
  const providers =
    types && !types.includes("sandbox")
      ? []
      : world.providers
          .filter((provider) => !regions || regions.some((region) => provider.regions.includes(region)))
          .map((provider) => (inMaintenance(store.state, provider.provider) ? { ...provider, maintenance_status: "inactive" as const } : provider));
  // The schema's metadata is oneOf(ResultsMetadata, nullable object): any object matches both, so only null is valid.
  return ok(c, providers, null);
});
