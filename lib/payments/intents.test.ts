import { describe, expect, it } from "vitest";
import { paymentIntents } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { PaymentDetails } from "@/lib/payments/form";
import {
  CALLBACK_GRACE_MS,
  claimIntent,
  formHash,
  intentForBudPayment,
  intentForForm,
  intentOf,
  intentsWithPayments,
  PAY_URL_TTL_MS,
  recordStarted,
  recordStartFailed,
  recordStatus,
  redeemPaymentState,
    waitWhileStarting,
} from "@/lib/payments/intents";

const T0 = new Date("2026-11-30T12:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
/** The claim lease the route derives from BUD_DEADLINE_MS. */
const LEASE_MS = 50_000;
const KEY = "0b7f9c55-3f57-4d6e-9a3c-1f0d2e3c4b5a";
const OTHER_KEY = "5a4b3c2e-0d1f-4c3a-9e6d-57f355c9f70b";

const DETAILS: PaymentDetails = {
  kind: "single",
  provider: "Natwest_Sandbox",
  amount: { minor: 1250, currency: "GBP" },
  reference: "Rent",
  recipient: { type: "sort_code", name: "Sam", sortCode: "123456", accountNumber: "12345678" },
  executionDate: null,
  schedule: null,
  goalId: null,
};
/** The form as claimed: its details, fingerprinted. */
const FORM = { hash: formHash(DETAILS), details: DETAILS };
const BUD = { paymentId: "pay-1", url: "http://localhost:4010/hosted/pay/pay-1" };

describe.each(testEngines())("the payment intent store on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  const twoUsers = async () => [
    await insertTestUser(testDb.db, { email: "alex@example.com" }),
    await insertTestUser(testDb.db, { email: "sam@example.com" }),
  ];

  it("claims a form's key once: a repeat gets the same intent, unclaimed", async () => {
    const [alex] = await twoUsers();
    const first = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    expect(first).toMatchObject({ claimed: true, state: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    const again = await claimIntent(alex!.id, KEY, FORM, { now: later(100), leaseMs: LEASE_MS });
    expect(again).toEqual({ claimed: false, intent: expect.objectContaining({ id: first.intent.id, status: "starting" }) });
    // The state is stored only as its hash.
    const rows = await testDb.db.select().from(paymentIntents);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain((first as { state: string }).state);
  });

  it("lets exactly one of many concurrent submits of one key claim it", async () => {
    const [alex] = await twoUsers();
    const claims = await Promise.all([1, 2, 3, 4, 5].map(() => claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS })));
    expect(claims.filter((claim) => claim.claimed)).toHaveLength(1);
    expect(new Set(claims.map((claim) => claim.intent.id)).size).toBe(1);
  });

  it("refuses the same key with other details (409), and keeps keys per user", async () => {
    const [alex, sam] = await twoUsers();
    await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    const other = { ...DETAILS, amount: { minor: 9999, currency: "GBP" } };
    await expect(claimIntent(alex!.id, KEY, { hash: formHash(other), details: other }, { now: T0, leaseMs: LEASE_MS })).rejects.toBeInstanceOf(ConflictError);
    await expect(intentForForm(alex!.id, KEY, formHash(other))).rejects.toBeInstanceOf(ConflictError);
    expect(await intentForForm(alex!.id, KEY, FORM.hash)).toMatchObject({ idempotencyKey: KEY });
    expect(await intentForForm(alex!.id, OTHER_KEY, FORM.hash)).toBeNull();
    // Another user's form with the same key is another payment.
    expect(await claimIntent(sam!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS })).toMatchObject({ claimed: true });
    expect(await claimIntent(alex!.id, OTHER_KEY, FORM, { now: T0, leaseMs: LEASE_MS })).toMatchObject({ claimed: true });
  });

  it("after Bud failed, lets one resubmit claim the retry, with a new state", async () => {
    const [alex] = await twoUsers();
    const first = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    await recordStartFailed(first.intent.id, later(10));
    const retries = await Promise.all([1, 2, 3].map(() => claimIntent(alex!.id, KEY, FORM, { now: later(20), leaseMs: LEASE_MS })));
    const won = retries.filter((claim) => claim.claimed);
    expect(won).toHaveLength(1);
    expect(won[0]!.intent).toMatchObject({ id: first.intent.id, status: "starting" });
    expect((won[0] as { state: string }).state).not.toBe((first as { state: string }).state);
  });

  it("reclaims a claim abandoned mid-call only after the lease", async () => {
    const [alex] = await twoUsers();
    const first = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    expect(await claimIntent(alex!.id, KEY, FORM, { now: later(LEASE_MS - 1), leaseMs: LEASE_MS })).toMatchObject({ claimed: false });
    expect(await claimIntent(alex!.id, KEY, FORM, { now: later(LEASE_MS + 1), leaseMs: LEASE_MS })).toMatchObject({ claimed: true, intent: { id: first.intent.id } });
  });

  it("hands a waiting repeat the winner's answer", async () => {
    const [alex] = await twoUsers();
    const first = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    const repeat = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    setTimeout(() => void recordStarted(first.intent.id, BUD, T0), 150);
    expect(await waitWhileStarting(repeat.intent, { intervalMs: 20 })).toMatchObject({ status: "started", budPayUrl: BUD.url, budPaymentId: "pay-1" });
    expect(await waitWhileStarting(repeat.intent, { timeoutMs: 0 })).toMatchObject({ status: "starting" });
  });

  it("uses a state once, within the URL's lifetime and grace, for its own user only", async () => {
    const [alex, sam] = await twoUsers();
    const claim = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    const state = (claim as { state: string }).state;
    // No Bud payment yet: nothing to come back to.
    expect(await redeemPaymentState(alex!.id, state, T0)).toEqual({ ok: false, reason: "invalid" });
    const started = await recordStarted(claim.intent.id, BUD, T0);
    expect(started.expiresAt!.getTime() - T0.getTime()).toBe(PAY_URL_TTL_MS);
    expect(await redeemPaymentState(sam!.id, state, later(1000))).toEqual({ ok: false, reason: "invalid" });
    expect(await redeemPaymentState(alex!.id, `${state}x`, later(1000))).toEqual({ ok: false, reason: "invalid" });
    expect(await redeemPaymentState(alex!.id, state, later(PAY_URL_TTL_MS + CALLBACK_GRACE_MS))).toEqual({ ok: false, reason: "expired" });
    const used = await redeemPaymentState(alex!.id, state, later(PAY_URL_TTL_MS));
    expect(used).toMatchObject({ ok: true, intent: { id: claim.intent.id } });
    expect(await redeemPaymentState(alex!.id, state, later(PAY_URL_TTL_MS + 1))).toEqual({ ok: false, reason: "used" });
  });

  it("lets only one of racing callbacks use a state", async () => {
    const [alex] = await twoUsers();
    const claim = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    await recordStarted(claim.intent.id, BUD, T0);
    const results = await Promise.all([1, 2, 3].map(() => redeemPaymentState(alex!.id, (claim as { state: string }).state, later(1000))));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it("finds intents by owner only; lists those that reached Bud, newest first", async () => {
    const [alex, sam] = await twoUsers();
    const first = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    await recordStarted(first.intent.id, BUD, T0);
    const second = await claimIntent(alex!.id, OTHER_KEY, FORM, { now: later(1000), leaseMs: LEASE_MS });
    await recordStarted(second.intent.id, { paymentId: "pay-2", url: BUD.url }, later(1000));
    await claimIntent(alex!.id, "9e3c4b5a-0b7f-4c55-9f57-1f0d2e3c4d6e", FORM, { now: later(2000), leaseMs: LEASE_MS });
    expect((await intentsWithPayments(alex!.id)).map((intent) => intent.budPaymentId)).toEqual(["pay-2", "pay-1"]);
    expect(await intentsWithPayments(sam!.id)).toEqual([]);
    expect(await intentOf(alex!.id, first.intent.id)).toMatchObject({ id: first.intent.id });
    await expect(intentOf(sam!.id, first.intent.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(intentOf(alex!.id, "not-a-uuid")).rejects.toBeInstanceOf(NotFoundError);
    expect(await intentForBudPayment(alex!.id, "pay-1")).toMatchObject({ id: first.intent.id });
    expect(await intentForBudPayment(sam!.id, "pay-1")).toBeNull();
  });

  it("records Bud's status until the outcome is final, then keeps it", async () => {
    const [alex] = await twoUsers();
    const claim = await claimIntent(alex!.id, KEY, FORM, { now: T0, leaseMs: LEASE_MS });
    await recordStarted(claim.intent.id, BUD, T0);
    expect(await recordStatus(claim.intent.id, { state: "in_progress", code: "AWAITING_AUTH", message: "Awaiting Authentication" }, later(1))).toMatchObject({
      outcome: "in_progress",
      finishedAt: null,
    });
    expect(await recordStatus(claim.intent.id, { state: "paid", code: "SETTLED", message: "Payment Settlement Complete" }, later(2))).toMatchObject({
      outcome: "paid",
      finishedAt: later(2),
    });
    expect(await recordStatus(claim.intent.id, { state: "failed", code: "FAILED", message: "Failed" }, later(3))).toBeNull();
    expect(await intentOf(alex!.id, claim.intent.id)).toMatchObject({ outcome: "paid", lastStatusCode: "SETTLED" });
  });
});
