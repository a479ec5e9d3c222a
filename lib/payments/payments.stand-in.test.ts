import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { callRoute, ORIGIN } from "@/lib/api/testing/call";
import { discoverRoutes, type DiscoveredRoute, type HttpMethod } from "@/lib/api/testing/routes";
import { signInAs } from "@/lib/api/testing/session";
import { startRouteWorld, WORLD_START_TIMEOUT_MS, type RouteWorld, type WorldUser } from "@/lib/api/testing/world";
import { applyWebhook } from "@/lib/connect/webhooks";
import type { Account } from "@/lib/domain";
import { earliestDates } from "@/lib/payments/form";
import { intentOf } from "@/lib/payments/intents";
import { londonToday } from "@/lib/periods";
import type { PaymentFormInput, PaymentList, PaymentProviderList, PaymentView } from "@/lib/schemas/payments";

/*
 * Bud Pay end to end on the server side: our real routes, data layer and database against the real stand-in, with
 * the payer's answer given on the stand-in's hosted page. Only the session is faked.
 */

vi.mock("@/lib/auth/session", async (original) => ({
  ...(await original<object>()),
  getCurrentUser: (await import("@/lib/api/testing/session")).fakeCurrentUser,
}));

let world: RouteWorld;
let routes: DiscoveredRoute[];

beforeAll(async () => {
  world = await startRouteWorld({ asPayers: true });
  routes = await discoverRoutes();
}, WORLD_START_TIMEOUT_MS);

afterAll(async () => {
  signInAs(null);
  await world?.close();
});

async function call(user: WorldUser, pattern: string, init: { method?: HttpMethod; segments?: Record<string, string[]>; query?: string; body?: string; headers?: Record<string, string> } = {}) {
  signInAs(user.user);
  const route = routes.find((candidate) => candidate.pattern === pattern)!;
  const { method = "GET", segments = {}, query, body, headers = {} } = init;
  return callRoute({ route, method, segments, query, body, headers: { origin: ORIGIN, ...headers } });
}

const form = (overrides: Partial<PaymentFormInput> = {}): Record<string, string> => ({
  idempotencyKey: randomUUID(),
  kind: "single",
  provider: "Natwest_Sandbox",
  currency: "GBP",
  amount: "12.34",
  reference: "Dinner split",
  recipientType: "sort_code",
  recipientName: "Sam Friend",
  sortCode: "20-00-00",
  accountNumber: "55779911",
  ...(overrides as Record<string, string>),
});

async function pay(user: WorldUser, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return call(user, "/api/payments", {
    method: "POST",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
  });
}

const payUrlCalls = (kind = "single") =>
  world.sandbox.stats.requests.filter((entry) => entry.method === "POST" && entry.path === `/v1/payments/${kind}/bud-pay-url`);

/** The payer's answer on the stand-in's hosted page: where the bank sends them back (our callback, with `state`). */
async function answerAtBank(payUrl: string, decision: "approve" | "decline" | "cancel"): Promise<URL> {
  const page = new URL(payUrl);
  const response = await fetch(`${world.sandbox.url}${page.pathname}`, {
    method: "POST",
    body: new URLSearchParams({ decision }),
    redirect: "manual",
  });
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!);
}

async function view(user: WorldUser, id: string): Promise<PaymentView> {
  const answer = await call(user, "/api/payments/[paymentId]", { segments: { paymentId: [id] } });
  expect(answer.status).toBe(200);
  return answer.json as PaymentView;
}

async function settled(user: WorldUser, id: string, timeoutMs = 20_000): Promise<PaymentView> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const current = await view(user, id);
    if (current.state !== "in_progress" || Date.now() > deadline) return current;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const natwestBalance = async (user: WorldUser) => {
  const accounts = (await call(user, "/api/accounts")).json as Account[];
  return accounts
    .filter((account) => account.provider.id === "Natwest_Sandbox" && account.kind === "current" && account.currency === "GBP")
    .reduce((sum, account) => sum + (account.booked?.minor ?? 0), 0);
};

const JSON_ACCEPT = { accept: "application/json" };
const redirectTo = (answer: { json: unknown }) => (answer.json as { redirectTo: string }).redirectTo;

describe("a single payment through Bud Pay", () => {
  it("is paid once approved, however often the form is sent, and the sender's balance drops by the amount", async () => {
    const A = world.a;
    const before = await natwestBalance(A);
    const fields = form();
    const first = await pay(A, fields, JSON_ACCEPT);
    expect(first.status).toBe(200);
    const payUrl = redirectTo(first);
    expect(new URL(payUrl).origin).toBe(`http://localhost:${world.sandbox.port}`);
    // A double click, a resubmit: the same Bud Pay URL, one Bud payment.
    const again = await Promise.all([pay(A, fields, JSON_ACCEPT), pay(A, fields, JSON_ACCEPT)]);
    expect(again.map(redirectTo)).toEqual([payUrl, payUrl]);
    expect(payUrlCalls().filter((entry) => entry.status === 200)).toHaveLength(1);
    // Without Accept: JSON, a 303 to the same place.
    const plain = await pay(A, fields);
    expect(plain.status).toBe(303);

    const back = await answerAtBank(payUrl, "approve");
    expect(back.pathname).toBe("/api/payments/callback");
    const callback = await call(A, "/api/payments/callback", { query: back.search.slice(1) });
    expect(callback.status).toBe(303);
    const list = (await call(A, "/api/payments")).json as PaymentList;
    const mine = list.items[0]!;
    expect(mine).toMatchObject({ kind: "single", amount: { minor: 1234, currency: "GBP" }, reference: "Dinner split" });
    expect(mine.recipient).toEqual({ name: "Sam Friend", detail: "Sort code 20-00-00, account ending 9911", ownAccountId: null });

    const done = await settled(A, mine.id);
    expect(done).toMatchObject({ state: "paid", statusCode: "SETTLED", pollAfterMs: null, finishedAt: expect.any(String) });
    expect(await natwestBalance(A)).toBe(before - 1234);

    // The used callback says so; the form sent again now leads to the payment's own page.
    const replay = await call(A, "/api/payments/callback", { query: back.search.slice(1) });
    expect(replay.status).toBe(303);
    expect((await pay(A, fields, JSON_ACCEPT)).json).toEqual({ redirectTo: `/payments/${mine.id}` });
    expect(payUrlCalls().filter((entry) => entry.status === 200)).toHaveLength(1);

    // "Try again" offers the same details for a new form.
    const retry = await call(A, "/api/payments/[paymentId]/again", { segments: { paymentId: [mine.id] } });
    expect(retry.json).toEqual({
      values: expect.objectContaining({ amount: "12.34", sortCode: "20-00-00", accountNumber: "55779911", recipientName: "Sam Friend" }),
    });
    expect(JSON.stringify(retry.json)).not.toContain("idempotencyKey");
  }, 60_000);

  it("shows a declined payment as failed, whatever the callback URL claims", async () => {
    const A = world.a;
    const started = await pay(A, form({ amount: "5" }), JSON_ACCEPT);
    const back = await answerAtBank(redirectTo(started), "decline");
    back.searchParams.set("status", "success");
    back.searchParams.set("payment_id", "someone-elses-payment");
    await call(A, "/api/payments/callback", { query: back.search.slice(1) });
    const mine = ((await call(A, "/api/payments")).json as PaymentList).items[0]!;
    expect(await settled(A, mine.id)).toMatchObject({ state: "failed", statusCode: "AUTH_REJECTED" });
    const failed = (await call(A, "/api/payments", { query: "state=failed" })).json as PaymentList;
    expect(failed.items.map((item) => item.id)).toContain(mine.id);
  }, 30_000);

  it("leaves nothing half-open when Bud fails: the same form then makes exactly one payment", async () => {
    const A = world.a;
    const fields = form({ amount: "7.00" });
    const calls = payUrlCalls().length;
    world.sandbox.faults.add({ path: "/v1/payments/single/bud-pay-url", status: 503, times: 1 });
    const failed = await pay(A, fields, JSON_ACCEPT);
    expect(failed.status).toBe(503);
    expect(failed.json).toEqual({ error: { code: "upstream_unavailable", message: expect.any(String) } });
    const retried = await pay(A, fields, JSON_ACCEPT);
    expect(retried.status).toBe(200);
    expect((await pay(A, fields, JSON_ACCEPT)).json).toEqual(retried.json);
    // The failed attempt (never retried by the transport: a POST) and the one that made the payment.
    expect(payUrlCalls().slice(calls).map((entry) => entry.status)).toEqual([503, 200]);
  }, 30_000);

  it("refuses bad details field by field, an unknown bank, and a key reused for another payment", async () => {
    const A = world.a;
    const calls = payUrlCalls().length;
    const bad = await pay(A, form({ amount: "0", sortCode: "12", reference: "Way too long a reference", provider: "Nobody_Sandbox" }));
    expect(bad.status).toBe(400);
    expect(bad.json).toEqual({
      error: {
        code: "invalid_input",
        message: expect.any(String),
        fields: { amount: expect.any(String), sortCode: expect.any(String), reference: expect.any(String), provider: expect.any(String) },
      },
    });
    const fields = form({ amount: "1.00" });
    await pay(A, fields, JSON_ACCEPT);
    const reused = await pay(A, { ...fields, amount: "2.00" }, JSON_ACCEPT);
    expect(reused.status).toBe(409);
    expect(payUrlCalls().length).toBe(calls + 1);
  }, 30_000);

  it("lists a bank in maintenance as such, and refuses to pay from it", async () => {
    const A = world.a;
    const maintenance = (on: boolean) =>
      fetch(`${world.sandbox.url}/__sandbox/providers/Monzo_Sandbox/maintenance`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ on }),
      });
    expect((await maintenance(true)).status).toBe(200);
    try {
      const providers = (await call(A, "/api/payments/providers")).json as PaymentProviderList;
      expect(providers.items.find((item) => item.provider.id === "Monzo_Sandbox")).toMatchObject({ maintenance: true, currencies: ["GBP", "EUR"] });
      expect(providers.items.find((item) => item.provider.id === "Natwest_Sandbox")).toMatchObject({
        maintenance: false,
        kinds: expect.arrayContaining(["single", "scheduled", "standing_order"]),
      });
      const refused = await pay(A, form({ provider: "Monzo_Sandbox" }), JSON_ACCEPT);
      expect(refused.status).toBe(400);
      expect(refused.json).toMatchObject({ error: { fields: { provider: expect.stringContaining("maintenance") } } });
    } finally {
      await maintenance(false);
    }
  }, 30_000);
});

describe("standing orders and scheduled payments", () => {
  it("lists a standing order with its schedule, set up once approved", async () => {
    const A = world.a;
    const firstPaymentDate = earliestDates(londonToday()).firstPaymentDate;
    const started = await pay(A, form({ kind: "standing_order", frequency: "monthly", firstPaymentDate, end: "after_count", paymentCount: "6", reference: "Rent" }), JSON_ACCEPT);
    expect(started.status).toBe(200);
    const back = await answerAtBank(redirectTo(started), "approve");
    await call(A, "/api/payments/callback", { query: back.search.slice(1) });
    const mine = ((await call(A, "/api/payments")).json as PaymentList).items[0]!;
    expect(mine).toMatchObject({ kind: "standing_order", schedule: { frequency: "monthly", firstPaymentDate, paymentCount: 6, lastPaymentDate: expect.any(String) } });
    expect(await settled(A, mine.id)).toMatchObject({ state: "paid", statusCode: "COMPLETED" });
  }, 30_000);

  it("records an outcome from the webhook alone, for the payment's own payer only", async () => {
    const A = world.a;
    const started = await pay(A, form({ kind: "scheduled", executionDate: earliestDates(londonToday()).executionDate }), JSON_ACCEPT);
    const intentId = ((await call(A, "/api/payments")).json as PaymentList).items[0]!.id;
    // The payer cancels and never comes back (tab closed): the webhook finds the payment by Bud's id and our user id.
    const back = await answerAtBank(redirectTo(started), "cancel");
    const budPaymentId = back.searchParams.get("payment_id")!;
    const body = (userId: string) => ({ data: { payment_id: budPaymentId, service: "domestic-scheduled-payment" as const, user_id: userId, event: "payment.failure" as const } });
    expect(await applyWebhook(body(world.b.user.id))).toBe("unknown_payment");
    expect(await applyWebhook(body("not-a-uuid"))).toBe("unknown_payment");
    expect(await intentOf(A.user.id, intentId)).toMatchObject({ outcome: "in_progress" });
    expect(await applyWebhook(body(A.user.id))).toBe("applied");
    expect(await intentOf(A.user.id, intentId)).toMatchObject({ outcome: "not_completed", lastStatusCode: "AUTH_REJECTED" });
  }, 30_000);
});

describe("paying one of the user's own accounts", () => {
  it("fills in the account's own details, and refuses an account that is not the user's or not in the currency", async () => {
    const A = world.a;
    const accounts = (await call(A, "/api/accounts")).json as Account[];
    const target = accounts.find((account) => account.provider.id !== "Natwest_Sandbox" && account.currency === "GBP" && account.identifiers.sortCode)!;
    const started = await pay(A, form({ recipientType: "own_account", toAccountId: target.id, recipientName: "", sortCode: "", accountNumber: "" }), JSON_ACCEPT);
    expect(started.status).toBe(200);
    const mine = ((await call(A, "/api/payments")).json as PaymentList).items[0]!;
    expect(mine.recipient).toMatchObject({ name: target.name, ownAccountId: target.id, detail: expect.stringContaining(`ending ${target.identifiers.accountNumberLast4}`) });

    const bAccount = ((await call(world.b, "/api/accounts")).json as Account[])[0]!;
    const foreign = await pay(A, form({ recipientType: "own_account", toAccountId: bAccount.id }), JSON_ACCEPT);
    expect(foreign.status).toBe(400);
    expect(foreign.json).toMatchObject({ error: { fields: { toAccountId: expect.any(String) } } });
    const euro = accounts.find((account) => account.currency === "EUR");
    if (euro) {
      const wrong = await pay(A, form({ recipientType: "own_account", toAccountId: euro.id }), JSON_ACCEPT);
      expect(wrong.json).toMatchObject({ error: { fields: { toAccountId: expect.stringContaining("EUR") } } });
    }
  }, 30_000);
});

describe("another user's payment", () => {
  it("is a 404 for B on every payment route, and Bud never hears of it", async () => {
    const A = world.a;
    const id = ((await call(A, "/api/payments")).json as PaymentList).items[0]!.id;
    const logged = world.sandbox.stats.requests.length;
    for (const pattern of ["/api/payments/[paymentId]", "/api/payments/[paymentId]/again"]) {
      for (const paymentId of [id, "not-a-uuid"]) {
        const answer = await call(world.b, pattern, { segments: { paymentId: [paymentId] } });
        expect(answer.status, `${pattern} ${paymentId}`).toBe(404);
      }
    }
    expect(world.sandbox.stats.requests.slice(logged)).toEqual([]);
    expect(((await call(world.b, "/api/payments")).json as PaymentList).items).toEqual([]);
  });
});
