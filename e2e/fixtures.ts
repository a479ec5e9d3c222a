/**
 * Playwright fixtures, so specs can run in parallel workers without disturbing each other:
 * - `demoPage`: a page signed in as the shared demo user. Read only: never change its data or inject its faults.
 * - `freshUser`: a user signed up for this test alone, in its own browser context (own cookies and storage).
 * - `bankedUser`: a fresh user whose Bud customer has a sandbox bank attached (through the stand-in's control API,
 *   not the Connect journey), for specs that change data or inject faults.
 * - `standIn`: the stand-in's control API; fault and latency rules are scoped to one customer and cleared after
 *   the test. The clock is shared by every worker and only moves forward.
 */
import { test as base, expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { watchCspViolations } from "./csp-guard";
import { watchHydrationErrors } from "./hydration-guard";
import { APP_URL } from "./env";
import {
  addFault,
  advanceClock,
  attachBank,
  clearFaults,
  findCustomerId,
  type FaultRule,
  type SandboxProvider,
  type StandInConnection,
} from "./stand-in";

export const DEMO_STORAGE_STATE = "test-results/.auth/demo.json";
const SIGNED_OUT = { cookies: [], origins: [] };

export interface FreshUser {
  name: string;
  email: string;
  password: string;
  /** Budgie's user id (the Bud customer's idempotent identifier). */
  userId: string;
  /** The Bud customer the app created at sign-up. */
  customerId: string;
  context: BrowserContext;
  /** A page in the user's own context, signed in. */
  page: Page;
}

export interface BankedUser extends FreshUser {
  connection: StandInConnection;
}

/** Fault rules for one customer only, so other workers' requests never hit them. */
export interface CustomerFaults {
  add(rule: Omit<FaultRule, "customerId">): Promise<void>;
  /** Every Bud call for this customer (matching `path`) takes `ms` longer. */
  latency(ms: number, path?: string): Promise<void>;
  clear(): Promise<void>;
}

export interface StandInControl {
  faultsFor(customerId: string): CustomerFaults;
  advanceClock(days: number): ReturnType<typeof advanceClock>;
  attachBank(customerId: string, provider?: SandboxProvider): Promise<StandInConnection>;
}

interface Fixtures {
  demoPage: Page;
  freshUser: FreshUser;
  /** A second fresh user in the same test, for specs about what one user may do to another's data. */
  otherUser: FreshUser;
  bankedUser: BankedUser;
  standIn: StandInControl;
}

let sequence = 0;

/** Signs up through our API and signs in through next-auth's credentials flow; cookies land in `request`'s jar. */
async function signUpAndIn(request: APIRequestContext, user: { name: string; email: string; password: string }) {
  const created = await request.post("/api/users", { data: user, headers: { origin: APP_URL } });
  expect(created.status(), await created.text()).toBe(201);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signedIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
  });
  expect(signedIn.ok()).toBe(true);
  const session = (await (await request.get("/api/auth/session")).json()) as { userId?: string };
  expect(session.userId, "signed in").toEqual(expect.any(String));
  return session.userId!;
}

/** A user signed up for one test alone, in their own browser context (own cookies and storage). */
async function signUpFreshUser(browser: Browser, baseURL: string | undefined, workerIndex: number): Promise<FreshUser> {
  const context = await browser.newContext({ baseURL, storageState: SIGNED_OUT });
  const user = {
    name: "Sam Fresh",
    // Unique across workers, retries and runs.
    email: `fresh-${workerIndex}-${Date.now().toString(36)}-${sequence++}@example.com`,
    password: "correct horse battery staple",
  };
  const userId = await signUpAndIn(context.request, user);
  const customerId = await findCustomerId(userId);
  return { ...user, userId, customerId, context, page: await context.newPage() };
}

/**
 * Runs a test's use of a context, then fails it if any page in the context broke the Content-Security-Policy or
 * hydrated differently from its server HTML.
 */
async function withoutPageFaults(context: BrowserContext, run: () => Promise<void>): Promise<void> {
  const violations = watchCspViolations(context);
  const hydrationErrors = watchHydrationErrors(context);
  await run();
  expect(violations(), "Content-Security-Policy violations").toEqual([]);
  expect(hydrationErrors(), "pages whose first render did not match their server HTML").toEqual([]);
}

export const test = base.extend<Fixtures>({
  context: async ({ context }, provide) => {
    await withoutPageFaults(context, () => provide(context));
  },

  // Contexts made here do not inherit the config's `use`, hence the explicit baseURL.
  demoPage: async ({ browser, baseURL }, provide) => {
    const context = await browser.newContext({ baseURL, storageState: DEMO_STORAGE_STATE });
    await withoutPageFaults(context, async () => provide(await context.newPage()));
    await context.close();
  },

  freshUser: async ({ browser, baseURL }, provide, testInfo) => {
    const user = await signUpFreshUser(browser, baseURL, testInfo.workerIndex);
    await withoutPageFaults(user.context, () => provide(user));
    await user.context.close();
  },

  otherUser: async ({ browser, baseURL }, provide, testInfo) => {
    const user = await signUpFreshUser(browser, baseURL, testInfo.workerIndex);
    await withoutPageFaults(user.context, () => provide(user));
    await user.context.close();
  },

  bankedUser: async ({ freshUser }, provide) => {
    const connection = await attachBank({ customerId: freshUser.customerId });
    await provide({ ...freshUser, connection });
  },

  standIn: async ({}, provide) => {
    const touched = new Set<string>();
    await provide({
      faultsFor: (customerId) => {
        touched.add(customerId);
        return {
          add: (rule) => addFault({ ...rule, customerId }),
          latency: (ms, path = "/*") => addFault({ path, latencyMs: ms, customerId }),
          clear: () => clearFaults(customerId),
        };
      },
      advanceClock,
      attachBank: (customerId, provider) => attachBank({ customerId }, provider),
    });
    for (const customerId of touched) await clearFaults(customerId);
  },
});

export { expect };
