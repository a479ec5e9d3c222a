/** Load for the app bench: a signed-in client, timed batches that keep each response's Server-Timing. */
import { parseServerTiming } from "../lib/perf/step-times";
import { inFlight, okJson } from "./support";

export interface Sample {
  ms: number;
  /** Step → ms, from the app's Server-Timing header (empty for servers that send none). */
  steps: Map<string, number>;
}

/** A tiny cookie jar: enough for next-auth's csrf + callback sign-in. */
export class Session {
  private readonly cookies = new Map<string, string>();

  /** The cookies as name/value pairs, to sign a browser in as this session. */
  cookieList(): [string, string][] {
    return [...this.cookies];
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    const response = await fetch(url, { ...init, redirect: "manual", headers: { ...init.headers, cookie } });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const index = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, index), pair!.slice(index + 1));
    }
    return response;
  }
}

export async function signIn(appUrl: string, email = "demo@budgie.test"): Promise<Session> {
  const session = new Session();
  const { csrfToken } = (await okJson(await session.fetch(`${appUrl}/api/auth/csrf`))) as { csrfToken: string };
  await session.fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password: "budgie-demo-2026", json: "true" }),
  });
  return session;
}

/** Runs `request` `total` times with at most `concurrency` in flight; each sample includes reading the body. */
export async function load(total: number, concurrency: number, request: () => Promise<Response>): Promise<Sample[]> {
  const runs = await inFlight(total, concurrency, async () => {
    const response = await request();
    await okJson(response);
    return parseServerTiming(response.headers.get("server-timing"));
  });
  return runs.map(({ ms, result: steps }) => ({ ms, steps }));
}
