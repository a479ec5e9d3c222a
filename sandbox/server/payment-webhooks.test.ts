/**
 * `payment.success` / `payment.failure`: sent once per payment when it reaches its outcome, signed like every
 * other webhook (verified against the served JWKS), each body valid against PaymentStatusUpdatedNotificationBody.
 */
import { createRemoteJWKSet, jwtVerify } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractValidator } from "../contract/validate";
import { DEMO_CUSTOMER } from "../data/demo-customers";
import { STEP_MS } from "./payments/status";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, send, type BudCaller } from "./test-support";
import { JWKS_PATH } from "./webhooks/signing";
import { webhookReceiver } from "./webhooks/testing";

const validator = new ContractValidator();
let sandbox: RunningSandbox;
let bud: BudCaller;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  receiver = await webhookReceiver();
  sandbox = await startSandbox({ port: 0, webhookUrl: receiver.url });
  bud = await budCaller(sandbox);
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

async function payment(outcome: "approved" | "denied") {
  const created = await bud("/v1/payments/single/bud-pay-url", {
    method: "POST",
    body: {
      redirect_url: "https://budgie.test/api/payments/callback?state=s1",
      provider: "Natwest_Sandbox",
      payment_details: {
        reference: "WEBHOOK",
        recipient: { type: "SortCodeAccountNumber", name: "MR TEST RECIPIENT", account_number: "01234501234567" },
        sender: { user_id: DEMO_CUSTOMER.idempotentIdentifier, name: "Alex Morgan" },
        amount: { value: "1.00", currency: "GBP" },
      },
    },
  });
  const id = created.body.data.payment_id as string;
  const url = `${sandbox.url}/__sandbox/payments/${id}/authorise`;
  await send(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ outcome }) });
  return id;
}

describe("payment webhooks", () => {
  it("announce a declined payment at once and an approved one when it settles, each once", async () => {
    const declined = await payment("denied");
    const approved = await payment("approved");
    await receiver.waitFor(1);
    await receiver.waitFor(2, 10 * STEP_MS);
    // Reading the statuses again announces nothing twice.
    await bud(`/v1/payments/single/${approved}`);
    await bud(`/v1/payments/single/${declined}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(2);
    const keySet = createRemoteJWKSet(new URL(`${sandbox.url}${JWKS_PATH}`));
    const bodies = [];
    for (const { body, headers } of receiver.received) {
      const parsed = JSON.parse(body);
      expect((await jwtVerify(String(headers["x-signature"]), keySet)).payload).toEqual(parsed);
      expect(validator.validateComponent("PaymentStatusUpdatedNotificationBody", parsed)).toEqual([]);
      bodies.push(parsed.data);
    }
    const common = { service: "domestic-single-payment", user_id: DEMO_CUSTOMER.idempotentIdentifier };
    expect(bodies).toEqual([
      { payment_id: declined, event: "payment.failure", ...common },
      { payment_id: approved, event: "payment.success", ...common },
    ]);
  });
});
