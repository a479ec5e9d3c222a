/**
 * Test helpers: a sandbox on an ephemeral port with the tiny test world, and a minimal Bud caller that speaks
 * the wire protocol directly (the real client lives in lib/bud and is tested against this server separately).
 */
import { LOCAL_CLIENT, type SandboxClient } from "./clients";
import { startSandbox, type RunningSandbox, type StartSandboxOptions } from "./start";
import { createTestAssetsDir, createTestWorld, TEST_TODAY } from "./test-world";

/** The clock starts on the test world's today, so its fixed data is "current". */
export function startTestSandbox(options: StartSandboxOptions = {}): Promise<RunningSandbox> {
  return startSandbox({ port: 0, today: TEST_TODAY, world: { create: createTestWorld, assetsDir: createTestAssetsDir() }, ...options });
}

export interface WireResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body (undefined when empty). */
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read arbitrary wire fields
}

export function basic(clientId: string, secret: string): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`;
}

export async function send(url: string, init: RequestInit = {}): Promise<WireResponse> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
}

/** POST /v1/oauth/token with a form body. */
export function tokenRequest(
  sandbox: RunningSandbox,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<WireResponse> {
  return send(`${sandbox.url}/v1/oauth/token`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export async function accessToken(sandbox: RunningSandbox, client: SandboxClient = LOCAL_CLIENT): Promise<string> {
  const secret = client.client_secrets[0] ?? "";
  const response = await tokenRequest(
    sandbox,
    { grant_type: "client_credentials" },
    { Authorization: basic(client.client_id, secret), "X-Client-Id": client.client_id },
  );
  if (response.status !== 200) throw new Error(`token request failed: ${response.status}`);
  return response.body.data.access_token as string;
}

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** Customer headers; `secret: undefined` leaves X-Customer-Secret out. */
  customer?: { id: string; secret?: string };
  headers?: Record<string, string>;
}

/** A Bud caller bound to one client and token. */
export interface BudCaller {
  (path: string, options?: CallOptions): Promise<WireResponse>;
  token: string;
}

export async function budCaller(sandbox: RunningSandbox, client: SandboxClient = LOCAL_CLIENT): Promise<BudCaller> {
  const token = await accessToken(sandbox, client);
  const call = (path: string, options: CallOptions = {}) =>
    send(`${sandbox.url}${path}`, {
      method: options.method ?? "GET",
      headers: {
        Authorization: `Bearer ${token}`,
        "X-Client-Id": client.client_id,
        ...(options.body !== undefined && { "Content-Type": "application/json" }),
        ...(options.customer && { "X-Customer-Id": options.customer.id }),
        ...(options.customer?.secret !== undefined && { "X-Customer-Secret": options.customer.secret }),
        ...options.headers,
      },
      body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
    });
  return Object.assign(call, { token });
}

export const GENERIC_401 = { operation_id: "unknown", code_id: "unknown", message: "Unauthorised request", errors: {} };
export const GENERIC_404 = { operation_id: "unknown", code_id: "unknown", message: "Route or resource not found", errors: {} };
