import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET } from "./clients";
import type { RunningSandbox } from "./start";
import { GENERIC_401, basic, send, startTestSandbox, tokenRequest } from "./test-support";

const ROTATING = { client_id: "rotating-client", client_secrets: ["old-secret", "new-secret"], host_secrets: false };
const localHeaders = { Authorization: basic(LOCAL_CLIENT_ID, LOCAL_CLIENT_SECRET), "X-Client-Id": LOCAL_CLIENT_ID };

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startTestSandbox({ clients: [{ client_id: LOCAL_CLIENT_ID, client_secrets: [LOCAL_CLIENT_SECRET], host_secrets: false }, ROTATING] });
});
afterAll(() => sandbox.close());

const providers = (token: string, clientId = LOCAL_CLIENT_ID) =>
  send(`${sandbox.url}/v1/open-banking/providers`, { headers: { Authorization: `Bearer ${token}`, "X-Client-Id": clientId } });

describe("POST /v1/oauth/token", () => {
  it("issues Bearer tokens for client credentials", async () => {
    const response = await tokenRequest(sandbox, { grant_type: "client_credentials" }, localHeaders);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      operation_id: "oauth_token_create",
      data: { access_token: expect.stringMatching(/^[0-9a-f]{64}$/), token_type: "Bearer", expires_in: 3600, refresh_token: expect.any(String) },
    });
    expect((await providers(response.body.data.access_token)).status).toBe(200);
  });

  it("answers the spec's bodies for missing Basic auth, a bad grant type or content type, and wrong credentials", async () => {
    const missingBasic = await tokenRequest(sandbox, { grant_type: "client_credentials" }, { "X-Client-Id": LOCAL_CLIENT_ID });
    expect([missingBasic.status, missingBasic.body]).toEqual([
      400,
      { operation_id: "oauth_token_create", code_id: "failed_validation", message: "could not extract basic auth headers" },
    ]);
    const grantError = {
      operation_id: "oauth_token_create",
      code_id: "failed_validation",
      message: "could not extract basic auth headers",
      errors: { grant_type: "grant_type must be one of [client_credentials refresh_token]" },
    };
    const badGrant = await tokenRequest(sandbox, { grant_type: "password" }, localHeaders);
    expect([badGrant.status, badGrant.body]).toEqual([400, grantError]);
    const json = await send(`${sandbox.url}/v1/oauth/token`, {
      method: "POST",
      headers: { ...localHeaders, "Content-Type": "application/json" },
      body: JSON.stringify({ grant_type: "client_credentials" }),
    });
    expect([json.status, json.body]).toEqual([400, grantError]);
    const unauthorised = { operation_id: "oauth_token_create", code_id: "unauthorised", message: "Unauthorised." };
    const wrongSecret = await tokenRequest(sandbox, { grant_type: "client_credentials" }, { ...localHeaders, Authorization: basic(LOCAL_CLIENT_ID, "nope") });
    expect([wrongSecret.status, wrongSecret.body]).toEqual([401, unauthorised]);
    const wrongHeader = await tokenRequest(sandbox, { grant_type: "client_credentials" }, { ...localHeaders, "X-Client-Id": "rotating-client" });
    expect([wrongHeader.status, wrongHeader.body]).toEqual([401, unauthorised]);
  });

  it("accepts both secrets of a client during rotation", async () => {
    for (const secret of ROTATING.client_secrets) {
      const headers = { Authorization: basic(ROTATING.client_id, secret), "X-Client-Id": ROTATING.client_id };
      expect((await tokenRequest(sandbox, { grant_type: "client_credentials" }, headers)).status).toBe(200);
    }
  });

  it("refreshes with or without Basic auth, and each refresh token works once", async () => {
    const first = await tokenRequest(sandbox, { grant_type: "client_credentials" }, localHeaders);
    const refresh = (token: string, headers: Record<string, string>) => tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: token }, headers);
    const withoutBasic = await refresh(first.body.data.refresh_token, { "X-Client-Id": LOCAL_CLIENT_ID });
    expect(withoutBasic.status).toBe(200);
    expect(withoutBasic.body.data.refresh_token).not.toBe(first.body.data.refresh_token);
    expect((await refresh(first.body.data.refresh_token, { "X-Client-Id": LOCAL_CLIENT_ID })).status).toBe(401);
    const withBasic = await refresh(withoutBasic.body.data.refresh_token, localHeaders);
    expect(withBasic.status).toBe(200);
    expect((await providers(withBasic.body.data.access_token)).status).toBe(200);
    // A refresh token belongs to its client.
    const other = await refresh(withBasic.body.data.refresh_token, { "X-Client-Id": ROTATING.client_id });
    expect(other.status).toBe(401);
  });

  it("counts token requests", async () => {
    const before = sandbox.stats.tokenRequests;
    await tokenRequest(sandbox, { grant_type: "client_credentials" }, localHeaders);
    expect(sandbox.stats.tokenRequests).toBe(before + 1);
  });
});

describe("bearer authentication", () => {
  it("answers Bud's generic 401 without a valid token or with another client's X-Client-Id", async () => {
    const { body } = await tokenRequest(sandbox, { grant_type: "client_credentials" }, localHeaders);
    for (const response of [await providers("not-a-token"), await providers(body.data.access_token, ROTATING.client_id)]) {
      expect([response.status, response.body]).toEqual([401, GENERIC_401]);
    }
    const missing = await send(`${sandbox.url}/v1/open-banking/providers`, { headers: { "X-Client-Id": LOCAL_CLIENT_ID } });
    expect([missing.status, missing.body]).toEqual([401, GENERIC_401]);
  });

  it("expires every access token on demand; refresh tokens keep working", async () => {
    const { body } = await tokenRequest(sandbox, { grant_type: "client_credentials" }, localHeaders);
    sandbox.faults.expireTokens();
    expect((await providers(body.data.access_token)).status).toBe(401);
    const refreshed = await tokenRequest(sandbox, { grant_type: "refresh_token", refresh_token: body.data.refresh_token }, { "X-Client-Id": LOCAL_CLIENT_ID });
    expect((await providers(refreshed.body.data.access_token)).status).toBe(200);
    expect((await send(`${sandbox.url}/__sandbox/expire-tokens`, { method: "POST" })).status).toBe(200);
    expect((await providers(refreshed.body.data.access_token)).status).toBe(401);
  });

  it("expires access tokens after expires_in", async () => {
    const shortLived = await startTestSandbox({ tokenTtlSeconds: 1 });
    try {
      const { body } = await tokenRequest(shortLived, { grant_type: "client_credentials" }, localHeaders);
      expect(body.data.expires_in).toBe(1);
      const headers = { Authorization: `Bearer ${body.data.access_token}`, "X-Client-Id": LOCAL_CLIENT_ID };
      const call = () => send(`${shortLived.url}/v1/open-banking/providers`, { headers });
      expect((await call()).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 1_050));
      expect((await call()).status).toBe(401);
    } finally {
      await shortLived.close();
    }
  });
});
