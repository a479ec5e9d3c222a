/**
 * A scripted HTTP client that connects from a chosen loopback address (127.0.0.2, 127.0.0.3, …, all this machine),
 * so one test can be several clients as the server's socket sees them. Keeps cookies; signs in through
 * next-auth's standard credentials flow.
 */
import { Agent, fetch, type RequestInit, type Response } from "undici";

export interface Client {
  request(path: string, init?: RequestInit): Promise<Response>;
  /** next-auth's CSRF token (and its cookie): fetched once, reused by every sign-in of this client. */
  csrfToken(): Promise<string>;
  signIn(email: string, password: string, headers?: Record<string, string>): Promise<Response>;
}

export function clientFrom(localAddress: string, baseUrl: string): Client {
  const dispatcher = new Agent({ localAddress });
  const cookies = new Map<string, string>();
  let csrf: Promise<string> | undefined;

  async function request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers as HeadersInit | undefined);
    if (cookies.size > 0) headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(new URL(path, baseUrl), { ...init, headers, dispatcher, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const at = pair.indexOf("=");
      cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    return response;
  }

  const csrfToken = () =>
    (csrf ??= request("/api/auth/csrf").then(async (response) => ((await response.json()) as { csrfToken: string }).csrfToken));

  async function signIn(email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
    const body = new URLSearchParams({ csrfToken: await csrfToken(), email, password, json: "true" });
    return request("/api/auth/callback/credentials", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
      body: body.toString(),
    });
  }

  return { request, csrfToken, signIn };
}
