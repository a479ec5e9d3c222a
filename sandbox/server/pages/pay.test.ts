/**
 * The hosted Bud Pay page as a payer meets it: what it shows (escaped), the answer recorded once, the redirect
 * back with our return parameters, and the pages for used, expired and unknown links.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_CUSTOMER } from "../../data/demo-customers";
import { startSandbox, type RunningSandbox } from "../start";
import { budCaller, send, type BudCaller } from "../test-support";

let sandbox: RunningSandbox;
let bud: BudCaller;
beforeAll(async () => {
  sandbox = await startSandbox({ port: 0 });
  bud = await budCaller(sandbox);
});
afterAll(() => sandbox.close());

async function newPayment(reference = "DINNER <b>&</b>") {
  const created = await bud("/v1/payments/single/bud-pay-url", {
    method: "POST",
    body: {
      redirect_url: "https://budgie.test/api/payments/callback?state=s1",
      provider: "Monzo_Sandbox",
      payment_details: {
        reference,
        recipient: { type: "SortCodeAccountNumber", name: "Sam <Okafor>", account_number: "04000412345678" },
        sender: { user_id: DEMO_CUSTOMER.idempotentIdentifier, name: "Alex Morgan" },
        amount: { value: "1234.50", currency: "GBP" },
      },
    },
  });
  const id = created.body.data.payment_id as string;
  // The page is on the stand-in's public URL; in tests, reach the same path on its listening address.
  return { id, url: `${sandbox.url}${new URL(created.body.data.bud_pay_url).pathname}` };
}

const page = (url: string) => fetch(url).then(async (response) => ({ status: response.status, headers: response.headers, text: await response.text() }));
const answer = (url: string, decision: string) =>
  fetch(url, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `decision=${decision}` });

describe("the hosted Bud Pay page", () => {
  it("shows the payment, escaped, with the bank's three answers", async () => {
    const { url } = await newPayment();
    const shown = await page(url);
    expect(shown.status).toBe(200);
    expect(shown.text).toContain("You are paying £1,234.50");
    expect(shown.text).toContain("Sam &lt;Okafor&gt;");
    expect(shown.text).toContain("DINNER &lt;b&gt;&amp;&lt;/b&gt;");
    expect(shown.text).toContain("Sort code 04-00-04, account ending 5678");
    expect(shown.text).not.toContain("12345678");
    for (const label of ["Approve payment", "Decline", "Cancel and go back"]) expect(shown.text).toContain(label);
    expect(shown.headers.get("content-security-policy")).toContain("form-action 'self' https://budgie.test");
  });

  it("records the answer once and sends the payer back with payment_id and status", async () => {
    const { id, url } = await newPayment();
    const back = await answer(url, "approve");
    expect(back.status).toBe(303);
    const location = new URL(back.headers.get("location") ?? "");
    expect([location.origin + location.pathname, location.searchParams.get("state")]).toEqual(["https://budgie.test/api/payments/callback", "s1"]);
    expect([location.searchParams.get("payment_id"), location.searchParams.get("status")]).toEqual([id, "success"]);
    const history = (await bud(`/v1/payments/single/${id}`)).body.data.state.history.map((entry: { code: string }) => entry.code);
    expect(history).toContain("AUTHENTICATED");

    const again = await page(url);
    expect([again.status, again.text.includes("already been used")]).toEqual([410, true]);
    expect((await answer(url, "decline")).status).toBe(410);
  });

  it("maps decline and cancel to failure and cancelled", async () => {
    const declined = await newPayment();
    expect(new URL((await answer(declined.url, "decline")).headers.get("location")!).searchParams.get("status")).toBe("failure");
    const cancelled = await newPayment();
    expect(new URL((await answer(cancelled.url, "cancel")).headers.get("location")!).searchParams.get("status")).toBe("cancelled");
    expect((await bud(`/v1/payments/single/${cancelled.id}`)).body.data.state.status_code).toBe("AUTH_REJECTED");
    expect((await answer((await newPayment()).url, "maybe")).status).toBe(400);
  });

  it("says so for unknown and expired links", async () => {
    expect((await page(`${sandbox.url}/hosted/pay/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    const { url } = await newPayment();
    await send(`${sandbox.url}/__sandbox/clock`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ advanceDays: 1 }) });
    const expired = await page(url);
    expect([expired.status, expired.text.includes("has expired")]).toEqual([410, true]);
  });
});
