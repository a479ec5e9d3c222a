import "server-only";
import type { BudCustomer } from "@/lib/bud/client";

/**
 * The stand-in's pre-seeded demo customers (sandbox/data/demo-customers.ts), one per demo user: dummy sandbox
 * credentials, published in the README. The app is a separate program from the stand-in, so the values are
 * repeated here rather than imported; demo-users.test.ts fails if the two ever drift apart.
 */
export const STAND_IN_DEMO_CUSTOMERS = {
  demo: { customerId: "27266779-2ac3-4a56-aec8-d2474a8e19f1", customerSecret: "9f5a9d6eac79745298596e0641726980" },
  euro: { customerId: "c6df7219-9e95-4b71-a605-dcc1e4cc57b7", customerSecret: "4ba7638cdf0fb638799d2a115a287506" },
  joint: { customerId: "dc6fd14e-a138-42ad-8480-9a99746c449f", customerSecret: "d068036369aec3c71c70a8d50fcfbf7c" },
  heavy: { customerId: "851d03a6-c53f-419c-958a-068cc308d30d", customerSecret: "7d499b110e2e11a4215cb27721f7b2c4" },
} satisfies Record<string, BudCustomer>;

export interface DemoUser {
  /** Fixed: the stand-in created the customer with this as its idempotent identifier, as sign-up does. */
  id: string;
  email: string;
  name: string;
  customer: BudCustomer;
}

/** Every demo user's password. Demo mode only (BUDGIE_DEMO=true): published, never for a real deployment. */
export const DEMO_PASSWORD = "budgie-demo-2026";

export const DEMO_USERS: readonly DemoUser[] = [
  {
    id: "c9f3331f-8f9c-4c13-a61a-0925a486250a",
    email: "demo@budgie.test",
    name: "Alex Morgan",
    customer: STAND_IN_DEMO_CUSTOMERS.demo,
  },
  {
    id: "f0709bef-240b-431f-988d-1f3888f41568",
    email: "euro@budgie.test",
    name: "Priya Shah",
    customer: STAND_IN_DEMO_CUSTOMERS.euro,
  },
  {
    id: "fae9306c-f845-4e25-9c97-93dca7c8a486",
    email: "joint@budgie.test",
    name: "Tom Whitaker",
    customer: STAND_IN_DEMO_CUSTOMERS.joint,
  },
  // The heavy customer: 100k+ transactions.
  {
    id: "5df97ad0-0660-4b20-b40c-d2397b7caaef",
    email: "heavy@budgie.test",
    name: "Sam Okafor",
    customer: STAND_IN_DEMO_CUSTOMERS.heavy,
  },
];
