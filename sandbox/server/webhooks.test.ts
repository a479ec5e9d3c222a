/**
 * The webhooks a Connect journey, a refresh and consent changes send, each body valid against its schema in the
 * contract: Connect Completed, refresh v2 per provider and overall, consent revoked and reauthorised.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ContractValidator } from "../contract/validate";
import { connectJourney, signUpWithBanks } from "./connect/testing";
import { startSandbox, type RunningSandbox } from "./start";
import { budCaller, type BudCaller } from "./test-support";
import { webhookReceiver } from "./webhooks/testing";

const validator = new ContractValidator();
let sandbox: RunningSandbox;
let bud: BudCaller;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;

beforeAll(async () => {
  receiver = await webhookReceiver();
  sandbox = await startSandbox({ port: 0, today: "2025-06-30", connectStepMs: 0, webhookUrl: receiver.url });
  bud = await budCaller(sandbox);
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

/** The bodies received so far, parsed, each checked against the schema its shape belongs to. */
function bodies() {
  return receiver.received.map(({ body }) => {
    const parsed = JSON.parse(body);
    const schema = parsed.data?.task_type ? "OBConnectWebhookBody" : parsed.data?.event ? "OBConsentWebhookBody" : parsed.sub_tasks ? "OBV2WebhookBody" : "ProviderOBV2WebhookBody";
    expect({ schema, problems: validator.validateComponent(schema, parsed) }).toEqual({ schema, problems: [] });
    return parsed;
  });
}

describe("webhooks", () => {
  it("follow a connection, a refresh and a revocation", async () => {
    const customer = await signUpWithBanks(sandbox, bud);
    const gateway = await bud("/v2/open-banking/authorisation-gateway-url", {
      method: "POST",
      customer,
      body: { redirect_url: "https://budgie.test/back", providers: ["Monzo_Sandbox"], skip_success_screen: true },
    });
    const back = new URL((await connectJourney(gateway.body.data.url).post({ action: "approve" })).headers.get("location")!);
    await receiver.waitFor(1);
    const [connected] = bodies();
    expect(connected.data).toEqual({
      task_id: back.searchParams.get("task_id"),
      status: "Completed",
      task_type: "connect",
      customer_id: customer.id,
      result: "success",
      provider: "Monzo_Sandbox",
      consent_id: expect.any(String),
    });

    // A month and more, so the refresh is certain to find new transactions (salary and rent come monthly).
    sandbox.clock.advance(35);
    await bud("/open-banking/v2/refresh", { method: "POST", customer, body: {} });
    await receiver.waitFor(3);
    // Sent in this order (the deliveries log below says so), but delivered concurrently: they may arrive either way.
    const refreshed = bodies().slice(1, 3);
    const provider = refreshed.find((body) => body.event === "open_banking.v2.refresh.provider.completed");
    const overall = refreshed.find((body) => body.event === "open_banking.v2.refresh.completed");
    expect(provider).toMatchObject({ event: "open_banking.v2.refresh.provider.completed", provider: "Monzo_Sandbox", status: "Completed", has_new_transactions: true, consent_ids: [connected.data.consent_id] });
    expect(overall).toMatchObject({ event: "open_banking.v2.refresh.completed", customer_id: customer.id, status: "Completed", result: "success", sub_tasks: [expect.objectContaining({ provider: "Monzo_Sandbox" })] });

    await bud("/v1/open-banking/account-access-consent/revoke", { method: "POST", customer, body: { provider: "Monzo_Sandbox" } });
    await receiver.waitFor(4);
    expect(bodies()[3].data).toMatchObject({ event: "open_banking.consent.revoked", consent_id: connected.data.consent_id, provider: "Monzo_Sandbox", reason: "bud_revoked" });

    const sent = await (await fetch(`${sandbox.url}/__sandbox/webhooks`)).json();
    expect(sent.url).toBe(receiver.url);
    expect(sent.deliveries.map((delivery: { event: string; state: string }) => `${delivery.event} ${delivery.state}`)).toEqual([
      "connect delivered",
      "open_banking.v2.refresh.provider.completed delivered",
      "open_banking.v2.refresh.completed delivered",
      "open_banking.consent.revoked delivered",
    ]);
  });
});
