import { beforeEach, describe, expect, it, vi } from "vitest";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { returnFromBudPay } from "@/lib/payments/callback";
import type { PaymentDetails } from "@/lib/payments/form";
import { claimIntent, formHash, intentOf, recordStarted } from "@/lib/payments/intents";
import { securityEvent } from "@/lib/security/events";

vi.mock("@/lib/security/events", () => ({ securityEvent: vi.fn() }));

const DETAILS: PaymentDetails = {
  kind: "single",
  provider: "Natwest_Sandbox",
  amount: { minor: 500, currency: "GBP" },
  reference: "Lunch",
  recipient: { type: "sort_code", name: "Sam", sortCode: "123456", accountNumber: "12345678" },
  executionDate: null,
  schedule: null,
  goalId: null,
};

describe.each(testEngines())("Bud Pay's redirect back on %s", (engine) => {
  const testDb = setUpTestDb(engine);
  beforeEach(() => vi.mocked(securityEvent).mockClear());

  async function started() {
    const user = await insertTestUser(testDb.db);
    const claim = await claimIntent(user.id, "3f0e8c1a-5b7d-4e2f-9a6c-1d2b3c4e5f60", { hash: formHash(DETAILS), details: DETAILS }, { leaseMs: 60_000 });
    await recordStarted(claim.intent.id, { paymentId: "pay-1", url: "http://localhost:4010/hosted/pay/pay-1" });
    return { user, intent: claim.intent, state: (claim as { state: string }).state };
  }

  it("uses the state and goes to the payment's page, never reading `status`", async () => {
    const { user, intent, state } = await started();
    const query = new URLSearchParams({ state, payment_id: "pay-1", status: "success" });
    expect(await returnFromBudPay(user.id, query)).toBe(`/payments/${intent.id}`);
    expect(await intentOf(user.id, intent.id)).toMatchObject({ usedAt: expect.any(Date), outcome: "in_progress" });
    expect(securityEvent).not.toHaveBeenCalled();
    expect(await returnFromBudPay(user.id, query)).toBe("/payments/link-problem?reason=used");
  });

  it("logs a payment_id that is not the intent's as tampering", async () => {
    const { user, intent, state } = await started();
    const query = new URLSearchParams({ state, payment_id: "someone-elses", status: "success" });
    expect(await returnFromBudPay(user.id, query)).toBe(`/payments/${intent.id}`);
    expect(securityEvent).toHaveBeenCalledWith("forbidden", expect.objectContaining({ reason: "payment_id_mismatch" }));
  });

  it("sends a malformed, unknown or foreign state to the link-problem page, changing nothing", async () => {
    const { state, intent, user } = await started();
    const other = await insertTestUser(testDb.db, { email: "other@example.com" });
    expect(await returnFromBudPay(user.id, new URLSearchParams({ state: "short" }))).toBe("/payments/link-problem?reason=invalid");
    expect(await returnFromBudPay(user.id, new URLSearchParams())).toBe("/payments/link-problem?reason=invalid");
    expect(await returnFromBudPay(other.id, new URLSearchParams({ state }))).toBe("/payments/link-problem?reason=invalid");
    expect(await intentOf(user.id, intent.id)).toMatchObject({ usedAt: null });
  });
});
