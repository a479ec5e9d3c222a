/** Bud's retry policy for webhook replies: 2xx accepts, 3xx and 4xx are final, 5xx (or no answer) is retried. */
import { describe, expect, it } from "vitest";
import { SandboxClock } from "../clock";
import { FaultRules } from "../faults/rules";
import { Scheduler } from "../scheduler";
import { Store } from "../store/store";
import { MAX_ATTEMPTS, retryDelayMs, shouldRetry, WebhookDelivery, webhookFaultPath } from "./delivery";
import { WebhookSigner } from "./signing";
import { webhookReceiver } from "./testing";

async function deliver(statuses: (received: number) => number) {
  const receiver = await webhookReceiver(statuses);
  const store = await Store.open(undefined);
  const clock = new SandboxClock(store);
  const scheduler = new Scheduler(clock);
  const delivery = new WebhookDelivery(receiver.url, await WebhookSigner.load(store), clock, scheduler, 5);
  delivery.send("connect", "task-1", { data: { task_id: "task-1" } });
  return { receiver, delivery, scheduler };
}

const settled = async (delivery: WebhookDelivery) => {
  for (let i = 0; i < 100 && delivery.records[0]?.state === "sending"; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return delivery.records[0];
};

describe("webhook delivery", () => {
  it("retries 5xx and unreachable receivers with a doubling backoff, nothing else", () => {
    expect([200, 302, 400, 404, 500, 503].map(shouldRetry)).toEqual([false, false, false, false, true, true]);
    expect(shouldRetry(undefined)).toBe(true);
    expect([1, 2, 3].map((attempt) => retryDelayMs(attempt, 500))).toEqual([500, 1000, 2000]);
  });

  it("delivers after two 500 replies", async () => {
    const { receiver, delivery } = await deliver((n) => (n <= 2 ? 500 : 200));
    expect(await settled(delivery)).toEqual({ event: "connect", subject: "task-1", attempts: 3, status: 200, state: "delivered" });
    expect(receiver.received.map((webhook) => webhook.body)).toEqual(Array(3).fill('{"data":{"task_id":"task-1"}}'));
    await receiver.close();
  });

  it("gives up after the last retry", async () => {
    const { receiver, delivery } = await deliver(() => 500);
    expect(await settled(delivery)).toMatchObject({ attempts: MAX_ATTEMPTS, status: 500, state: "gave_up" });
    await receiver.close();
  });

  it.each([
    [400, "rejected"],
    [302, "rejected"],
    [200, "delivered"],
  ])("does not retry a %i reply", async (status, state) => {
    const { receiver, delivery } = await deliver(() => status);
    expect(await settled(delivery)).toMatchObject({ attempts: 1, status, state });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(receiver.received).toHaveLength(1);
    await receiver.close();
  });

  it("withholds a webhook that a fault rule names, for that customer only and as many times as it says", async () => {
    const receiver = await webhookReceiver();
    const store = await Store.open(undefined);
    const clock = new SandboxClock(store);
    const faults = new FaultRules();
    const customer = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";
    faults.add({ path: webhookFaultPath("connect"), customerId: customer, times: 1 });
    const delivery = new WebhookDelivery(receiver.url, await WebhookSigner.load(store), clock, new Scheduler(clock), 5, faults);

    delivery.send("connect", "task-1", { data: { task_id: "task-1" } }, customer);
    delivery.send("connect", "task-2", { data: { task_id: "task-2" } }, "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
    delivery.send("connect", "task-3", { data: { task_id: "task-3" } }, customer);

    expect(delivery.records[0]).toEqual({ event: "connect", subject: "task-1", attempts: 0, state: "withheld" });
    await receiver.waitFor(2);
    expect(receiver.received.map((webhook) => JSON.parse(webhook.body).data.task_id).sort()).toEqual(["task-2", "task-3"]);
    await receiver.close();
  });
});
