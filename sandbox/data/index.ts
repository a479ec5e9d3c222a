/**
 * The stand-in's seeded, deterministic banking world: providers, the category taxonomy, and the demo
 * customers' accounts, transactions and balances. Pure data, no HTTP: sandbox/server serves it.
 */
import { categoriesFlat, categoriesMap } from "./categories";
import { dayOf, isoDate } from "./calendar";
import { SeededCustomerData } from "./customer-data";
import { DEMO_CUSTOMERS, EURO_CUSTOMER, DEMO_CUSTOMER, HEAVY_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
import type { Profile } from "./profile";
import { euro } from "./profiles/euro";
import { everyday } from "./profiles/everyday";
import { heavy } from "./profiles/heavy";
import { joint } from "./profiles/joint";
import { providers } from "./providers";
import type { CustomerData, World } from "./world";

export { CATEGORY_MODEL, categoriesFlat, categoriesMap, categoriesWithLabel } from "./categories";
export { DEMO_CUSTOMERS, EURO_CUSTOMER, DEMO_CUSTOMER, HEAVY_CUSTOMER, JOINT_CUSTOMER } from "./demo-customers";
export { ASSETS_DIR } from "./providers";
export * from "./world";

export const DEFAULT_SEED = "budgie";

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

/**
 * Creates the world. Customers' data is generated on first use and then kept (the heavy customer takes a few
 * hundred milliseconds), so a server that wants a warm start calls customerData() for each demo customer.
 */
export function createWorld(options: WorldOptions): World {
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const todayDay = dayOf(today);
  if (!Number.isInteger(todayDay) || isoDate(todayDay) !== today) throw new Error(`today must be a YYYY-MM-DD date, got ${today}`);
  const assetBaseUrl = options.assetBaseUrl.replace(/\/+$/, "");
  const map = categoriesMap();
  const cache = new Map<string, CustomerData>();

  return {
    seed,
    today,
    providers: providers(assetBaseUrl),
    categoriesMap: map,
    categoriesFlat: categoriesFlat(map),
    demoCustomers: [...DEMO_CUSTOMERS],
    customerData(customerId) {
      const profile = PROFILES.get(customerId);
      if (!profile) return undefined;
      let data = cache.get(customerId);
      if (!data) {
        data = new SeededCustomerData({ seed, customerId, profile, today: todayDay, assetBaseUrl });
        cache.set(customerId, data);
      }
      return data;
    },
  };
}
