/**
 * The stand-in's webhook signatures verify the way a receiver verifies Bud's: jose's createRemoteJWKSet against the
 * served /bud-callback.jwks, the key named by X-Signing-ID, and a payload that is the body byte for byte.
 */
import { createRemoteJWKSet, decodeProtectedHeader, generateKeyPair, jwtVerify, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSandbox } from "../start";
import { Store } from "../store/store";
import { startTestSandbox } from "../test-support";
import { TEST_CUSTOMER } from "../test-world";
import { JWKS_PATH, WebhookSigner } from "./signing";
import { webhookReceiver } from "./testing";

let sandbox: RunningSandbox;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
beforeAll(async () => {
  receiver = await webhookReceiver();
  sandbox = await startTestSandbox({ webhookUrl: receiver.url });
});
afterAll(async () => {
  await sandbox.close();
  await receiver.close();
});

describe("webhook signatures", () => {
  it("verify against the served JWKS, with the body as the payload", async () => {
    const jwks = await (await fetch(`${sandbox.url}${JWKS_PATH}`)).json();
    expect(jwks.keys).toEqual([expect.objectContaining({ kty: "EC", crv: "P-256", alg: "ES256", use: "sig", kid: expect.any(String) })]);
    expect(jwks.keys[0]).not.toHaveProperty("d");

    // Connecting the demo customer's bank again renews its consent: Bud sends "consent reauthorised".
    sandbox.connectBank(TEST_CUSTOMER.customerId, "Natwest_Sandbox");
    const [webhook] = await receiver.waitFor(1);
    const signature = String(webhook!.headers["x-signature"]);
    expect(webhook!.headers["x-signing-id"]).toBe(jwks.keys[0].kid);
    expect(decodeProtectedHeader(signature)).toEqual({ alg: "ES256", typ: "JWT", kid: jwks.keys[0].kid });
    const keySet = createRemoteJWKSet(new URL(`${sandbox.url}${JWKS_PATH}`));
    const { payload } = await jwtVerify(signature, keySet);
    expect(payload).toEqual(JSON.parse(webhook!.body));
    expect(payload).toMatchObject({ data: { event: "open_banking.consent.reauthorised", customer_id: TEST_CUSTOMER.customerId, provider: "Natwest_Sandbox" } });
    expect(Buffer.from(signature.split(".")[1]!, "base64url").toString("utf8")).toBe(webhook!.body);
  });

  it("reject a body signed with another key, even one claiming the stand-in's key id", async () => {
    const { keys } = await (await fetch(`${sandbox.url}${JWKS_PATH}`)).json();
    const { privateKey } = await generateKeyPair("ES256");
    const forged = await new SignJWT({ data: { task_id: "t" } }).setProtectedHeader({ alg: "ES256", kid: keys[0].kid }).sign(privateKey);
    await expect(jwtVerify(forged, createRemoteJWKSet(new URL(`${sandbox.url}${JWKS_PATH}`)))).rejects.toThrow(/signature verification failed/);
  });

  it("keep their key across restarts and make a new one for a new state", async () => {
    const store = await Store.open(undefined);
    const first = await WebhookSigner.load(store);
    expect((await WebhookSigner.load(store)).kid).toBe(first.kid);
    expect((await WebhookSigner.load(await Store.open(undefined))).kid).not.toBe(first.kid);
  });
});
