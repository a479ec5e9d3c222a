import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient } from "@/lib/bud/client";
import { parseWire } from "@/lib/bud/wire";
import type { Provider } from "@/lib/domain";

const LIST = "GET /v1/open-banking/providers";
const CACHE_MS = 10 * 60_000;

const Providers = z.object({
  data: z.array(z.object({ provider: z.string().min(1), display_name: z.string(), icon: z.string().nullish() })),
});

// On globalThis: one copy per process, whichever server bundle asks. Providers change rarely (Bud adds banks).
const globalForProviders = globalThis as typeof globalThis & { budgieProviders?: { at: number; list: Promise<Provider[]> } };

async function fetchProviders(bud: BudClient): Promise<Provider[]> {
  const { data } = await bud.api.GET("/v1/open-banking/providers", { params: { header: bud.clientHeaders() } });
  return parseWire(Providers, data, LIST).data.map((wire) => ({
    id: wire.provider,
    name: wire.display_name || wire.provider,
    logoUrl: wire.icon || null,
  }));
}

/** Bud's providers (names and logos), cached for ten minutes; a failed fetch is not cached. */
export function listProviders(bud: BudClient = getBudClient(), now = Date.now()): Promise<Provider[]> {
  const cached = globalForProviders.budgieProviders;
  if (cached && now - cached.at < CACHE_MS) return cached.list;
  const list = fetchProviders(bud);
  globalForProviders.budgieProviders = { at: now, list };
  list.catch(() => {
    if (globalForProviders.budgieProviders?.list === list) delete globalForProviders.budgieProviders;
  });
  return list;
}

/** A provider by id, with the id itself as its name when Bud does not list it (never fails the page for a name). */
export async function providerById(id: string): Promise<Provider> {
  // Async all the way, so that even a client that cannot be made (no configuration) falls back to the id.
  const known = await Promise.resolve()
    .then(() => listProviders())
    .catch(() => []);
  return known.find((provider) => provider.id === id) ?? { id, name: id.replace(/_/g, " "), logoUrl: null };
}
