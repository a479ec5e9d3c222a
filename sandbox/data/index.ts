/**
 * The stand-in's seeded, deterministic banking world: providers, the category taxonomy, and the demo
 * customers' accounts, transactions and balances. Pure data, no HTTP: sandbox/server serves it.
 */
import { dayOf, isoDate } from "./calendar";
import { categoriesFlat, categoriesMap } from "./categories";
import { firstSyncWindow } from "./connection-window";
import { GeneratedCustomer, SeededCustomerData } from "./customer-data";
import { DEMO_CUSTOMERS, EURO_CUSTOMER, DEMO_CUSTOMER, HEAVY_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
import type { AccountWindow } from "./generate";
import type { Profile } from "./profile";
import { euro } from "./profiles/euro";
import { everyday } from "./profiles/everyday";
import { genericBank } from "./profiles/generic";
import { heavy } from "./profiles/heavy";
import { joint } from "./profiles/joint";
import { BANKS, providers, type ProviderId } from "./providers";
import type { ConnectionWindow, CustomerData, World } from "./world";

export { firstSyncWindow, HISTORY_MONTHS } from "./connection-window";
export { CATEGORY_MODEL, categoriesFlat, categoriesMap, categoriesWithLabel } from "./categories";
export { DEMO_CUSTOMERS, EURO_CUSTOMER, DEMO_CUSTOMER, HEAVY_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
export { ASSETS_DIR } from "./providers";
export * from "./world";

export const DEFAULT_SEED = "budgie";

/**
 * Generated data kept for this many customers besides the demo ones (least recently used goes first): e2e runs
 * sign up hundreds of customers, and a few hundred kilobytes each would otherwise only grow.
 */
const CACHED_CUSTOMERS = 200;

export interface WorldOptions {
  seed?: string;
  /** ISO date (YYYY-MM-DD) the history ends at; default: the current UTC date. */
  today?: string;
  /** Where the server serves ASSETS_DIR as /assets/..., e.g. http://localhost:4010. */
  assetBaseUrl: string;
}

const PROFILES: ReadonlyMap<string, Profile> = new Map([
  [DEMO_CUSTOMER.customerId, everyday],
  [EURO_CUSTOMER.customerId, euro],
  [JOINT_CUSTOMER.customerId, joint],
  [HEAVY_CUSTOMER.customerId, heavy],
]);

const DEMO_PROVIDERS: ReadonlyMap<string, readonly string[]> = new Map(DEMO_CUSTOMERS.map((demo) => [demo.customerId, demo.providers]));

function isProvider(provider: string): provider is ProviderId {
  return Object.hasOwn(BANKS, provider);
}

/** The demo customer's own profile (if any), then a generic one for every other connected bank. */
function connectedProfile(customerId: string, providerIds: readonly ProviderId[]): Profile {
  const own = PROFILES.get(customerId);
  const ownBanks = DEMO_PROVIDERS.get(customerId) ?? [];
  const others = providerIds.filter((provider) => !ownBanks.includes(provider)).map(genericBank);
  return (builder) => {
    own?.(builder);
    for (const profile of others) profile(builder);
  };
}

interface CacheEntry {
  key: string;
  generated: GeneratedCustomer;
  /** The corrections and postings the data was served with. */
  overlayKey: string;
  data: CustomerData;
}

/** Day number of a YYYY-MM-DD date; throws on anything else (a corrupt snapshot must not give odd data). */
function strictDay(date: string): number {
  const day = dayOf(date);
  if (!Number.isInteger(day) || isoDate(day) !== date) throw new Error(`expected a YYYY-MM-DD date, got ${JSON.stringify(date)}`);
  return day;
}

function accountWindow(window: ConnectionWindow): AccountWindow {
  return { from: strictDay(window.from), placedBy: strictDay(window.firstSync), through: strictDay(window.through) };
}

/**
 * Creates the world. Customers' data is generated on first use and kept until their connections change (the
 * heavy customer takes a few hundred milliseconds), so a server that wants a warm start calls customerData()
 * for each demo customer.
 */
export function createWorld(options: WorldOptions): World {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  strictDay(today);
  const assetBaseUrl = options.assetBaseUrl.replace(/\/+$/, "");
  const map = categoriesMap();
  /**
   * Per customer: the windows the data was generated for and the generated data, then the corrections and
   * payment postings last applied and the data served with them. Map order = least recently used first.
   */
  const cache = new Map<string, CacheEntry>();

  const remember = (customerId: string, entry: CacheEntry) => {
    cache.delete(customerId);
    cache.set(customerId, entry);
    const others = [...cache.keys()].filter((id) => !DEMO_PROVIDERS.has(id));
    for (const id of others.slice(0, Math.max(0, others.length - CACHED_CUSTOMERS))) cache.delete(id);
  };

  return {
    seed,
    today,
    providers: providers(assetBaseUrl),
    categoriesMap: map,
    categoriesFlat: categoriesFlat(map),
    demoCustomers: [...DEMO_CUSTOMERS],
    customerData(customerId, connections, corrections = [], postings = []) {
      const windows = (connections ?? (DEMO_PROVIDERS.get(customerId) ?? []).map((provider) => firstSyncWindow(provider, today))).filter(
        (window) => isProvider(window.provider),
      );
      if (windows.length === 0) return undefined;
      const key = JSON.stringify(windows);
      const overlayKey = JSON.stringify([corrections, postings]);
      const cached = cache.get(customerId);
      if (cached?.key === key && cached.overlayKey === overlayKey) {
        remember(customerId, cached);
        return cached.data;
      }
      const generated =
        cached?.key === key
          ? cached.generated
          : new GeneratedCustomer({
              seed,
              customerId,
              profile: connectedProfile(customerId, windows.map((window) => window.provider as ProviderId)),
              windows: new Map(windows.map((window) => [window.provider, accountWindow(window)])),
              assetBaseUrl,
            });
      const data = new SeededCustomerData(generated, corrections, postings);
      remember(customerId, { key, generated, overlayKey, data });
      return data;
    },
  };
}
