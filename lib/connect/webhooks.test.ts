import { CompactSign, createLocalJWKSet, exportJWK, generateKeyPair, type JWK } from "jose";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { lastSyncedByProvider } from "@/lib/connect/bank-sync";
import { journeyOf, redeemJourneyState, startJourney } from "@/lib/connect/journeys";
import { receiveBudWebhook } from "@/lib/connect/webhook-receiver";
import { verifyWebhook, WebhookSignatureError } from "@/lib/connect/webhook-signature";
import { budCustomers } from "@/lib/db/schema";
import { insertTestUser, setUpTestDb, testEngines } from "@/lib/db/testing";
import { journeyProgress } from "@/lib/connect/progress";
import { resetEnvCacheForTests } from "@/lib/env";

const KID = "bud-key-1";
let keys: ReturnType<typeof createLocalJWKSet>;
let sign: (body: string, options?: { kid?: string; detached?: boolean }) => Promise<string>;
let forge: (body: string) => Promise<string>;

beforeAll(async () => {
  const bud = await generateKeyPair("ES256");
  const attacker = await generateKeyPair("ES256");
  const publicJwk: JWK = { ...(await exportJWK(bud.publicKey)), kid: KID, alg: "ES256", use: "sig" };
  keys = createLocalJWKSet({ keys: [publicJwk] });
  const signWith = async (key: CryptoKey, body: string, kid: string) =>
    new CompactSign(new TextEncoder().encode(body)).setProtectedHeader({ alg: "ES256", kid }).sign(key);
  sign = async (body, { kid = KID, detached = false } = {}) => {
    const jws = await signWith(bud.privateKey, body, kid);
    const [header, , signature] = jws.split(".");
    return detached ? `${header}..${signature}` : jws;
  };
  forge = (body) => signWith(attacker.privateKey, body, KID);
});

const connectBody = (customerId: string, taskId: string, status = "Completed") =>
  JSON.stringify({
    data: { task_id: taskId, status, task_type: "connect", customer_id: customerId, result: status === "Completed" ? "success" : "auth_denied", provider: "Natwest_Sandbox" },
  });

describe("webhook signature verification", () => {
  it("accepts a body signed with the key X-Signing-ID names, embedded or detached", async () => {
    const body = connectBody("customer-1", "task-1");
    await expect(verifyWebhook(body, { signature: await sign(body), signingId: KID }, keys)).resolves.toEqual(JSON.parse(body));
    await expect(verifyWebhook(body, { signature: await sign(body, { detached: true }), signingId: KID }, keys)).resolves.toEqual(JSON.parse(body));
  });

  it("refuses unsigned bodies, forged signatures and a signature over another body", async () => {
    const body = connectBody("customer-1", "task-1");
    const refused = (signature: string | null, signingId: string | null = KID, sent = body) =>
      expect(verifyWebhook(sent, { signature, signingId }, keys)).rejects.toBeInstanceOf(WebhookSignatureError);
    await refused(null);
    await refused(await sign(body), null);
    await refused("not-a-jws");
    await refused(await forge(body));
    await refused(await sign(connectBody("customer-1", "task-2")));
    await refused(await sign(body, { detached: true }), KID, connectBody("customer-1", "task-2"));
    const [header, payload] = (await sign(body)).split(".");
    await refused(`${header}.${payload}.`);
  });

  it("refuses a key id that is not Bud's, or a signature whose own key id differs from X-Signing-ID", async () => {
    const body = connectBody("customer-1", "task-1");
    await expect(verifyWebhook(body, { signature: await sign(body, { kid: "other" }), signingId: "other" }, keys)).rejects.toBeInstanceOf(
      WebhookSignatureError,
    );
    await expect(verifyWebhook(body, { signature: await sign(body), signingId: "other" }, keys)).rejects.toBeInstanceOf(WebhookSignatureError);
  });
});

describe.each(testEngines())("webhook deliveries on %s", (engine) => {
  const testDb = setUpTestDb(engine);

  const deliver = async (body: string, signature?: string) =>
    receiveBudWebhook(
      new Request("http://localhost/api/webhooks/bud", {
        method: "POST",
        body,
        headers: { "x-signature": signature ?? (await sign(body)), "x-signing-id": KID },
      }),
      keys,
    );

  it("finishes the journey of a customer who closed the tab, marks the bank synced, and ignores a repeat", async () => {
    const user = await insertTestUser(testDb.db);
    await testDb.db.insert(budCustomers).values({ userId: user.id, customerId: "customer-1" });
    const { journey } = await startJourney(user.id, { provider: "Natwest_Sandbox", purpose: "connect" });

    expect(await deliver(connectBody("customer-1", "task-1"))).toBe("accepted");
    expect(await journeyOf(user.id, journey.id)).toMatchObject({ status: "completed", taskId: "task-1", result: "success" });
    const synced = (await lastSyncedByProvider(user.id)).get("Natwest_Sandbox");
    expect(synced).toBeInstanceOf(Date);

    // The same task and status again (Bud retries): 200, and nothing moves.
    expect(await deliver(connectBody("customer-1", "task-1"))).toBe("accepted");
    expect((await lastSyncedByProvider(user.id)).get("Natwest_Sandbox")).toEqual(synced);
    expect(await journeyOf(user.id, journey.id)).toMatchObject({ status: "completed" });
  });

  it("with polling switched off, the webhook alone completes the journey its page is waiting on", async () => {
    vi.stubEnv("BUDGIE_CONNECT_POLLING", "false");
    resetEnvCacheForTests();
    try {
      const user = await insertTestUser(testDb.db);
      await testDb.db.insert(budCustomers).values({ userId: user.id, customerId: "customer-1" });
      const { journey, state } = await startJourney(user.id, { provider: "Natwest_Sandbox", purpose: "connect" });
      await redeemJourneyState(user.id, state, "task-1");
      // No Bud to ask (none is configured here): the page keeps waiting…
      expect(await journeyProgress(user.id, journey.id)).toMatchObject({ status: "pending" });
      // …until Bud's webhook says the task is done.
      expect(await deliver(connectBody("customer-1", "task-1"))).toBe("accepted");
      expect(await journeyProgress(user.id, journey.id)).toMatchObject({ status: "completed", provider: { id: "Natwest_Sandbox" } });
    } finally {
      vi.unstubAllEnvs();
      resetEnvCacheForTests();
    }
  });

  it("changes nothing for a forged or malformed delivery", async () => {
    const user = await insertTestUser(testDb.db);
    await testDb.db.insert(budCustomers).values({ userId: user.id, customerId: "customer-1" });
    const { journey, state } = await startJourney(user.id, { provider: "Natwest_Sandbox", purpose: "connect" });
    await redeemJourneyState(user.id, state, "task-1");
    const body = connectBody("customer-1", "task-1");
    expect(await deliver(body, await forge(body))).toBe("refused");
    expect(await deliver('{"data":{}}')).toBe("malformed");
    expect(await journeyOf(user.id, journey.id)).toMatchObject({ status: "pending" });
    expect(await lastSyncedByProvider(user.id)).toEqual(new Map());
  });

  it("takes Bud Pay's signed payment events, changing nothing for a payment that is not its payer's", async () => {
    const user = await insertTestUser(testDb.db);
    const payment = (userId: string, extra: Record<string, string> = {}) =>
      JSON.stringify({ data: { payment_id: "pay-1", service: "domestic-single-payment", user_id: userId, event: "payment.success", ...extra } });
    // No intent of this user's has Bud payment pay-1, so Bud is not even asked (the stand-in test covers a real one).
    expect(await deliver(payment(user.id))).toBe("accepted");
    expect(await deliver(payment("not-a-uuid"))).toBe("accepted");
    expect(await deliver(payment(user.id), await forge(payment(user.id)))).toBe("refused");
    expect(await deliver(payment(user.id, { event: "payment.maybe" }))).toBe("malformed");
  });
});
