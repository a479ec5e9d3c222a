import "server-only";
import { z } from "zod";
import { log } from "@/lib/log";
import { BudError, kindForStatus, readCodeId } from "@/lib/bud/errors";
import { readText, type BudFetch } from "@/lib/bud/http";
import type { BudClientConfig } from "@/lib/bud/config";

const OPERATION = "POST /v1/oauth/token";

/** A token response is a few hundred bytes; anything near this is not one. */
const TOKEN_BODY_LIMIT = 64 * 1024;

const TokenResponse = z.object({
  data: z.object({
    access_token: z.string().min(1),
    token_type: z.string(),
    expires_in: z.number().int().positive(),
    refresh_token: z.string().min(1).optional(),
  }),
});

interface CachedToken {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: number;
  /** When to fetch a new one: shortly before expiry, so no request goes out with a token about to lapse. */
  renewAt: number;
}

/**
 * One access token per process. Concurrent callers share one in-flight fetch (single flight), the token is
 * renewed shortly before it expires, and a 401 elsewhere invalidates exactly the token that was refused.
 */
export class TokenManager {
  private current: CachedToken | null = null;
  private inflight: Promise<CachedToken> | null = null;

  constructor(
    private readonly config: BudClientConfig,
    private readonly fetchImpl: BudFetch,
    private readonly now: () => number = Date.now,
  ) {}

  async getToken(): Promise<string> {
    const current = this.current;
    if (current && this.now() < current.renewAt) return current.accessToken;
    this.inflight ??= this.renew().finally(() => {
      this.inflight = null;
    });
    return (await this.inflight).accessToken;
  }

  /** Called after a 401: forget the token only if nobody has replaced it yet. */
  invalidate(accessToken: string): void {
    if (this.current?.accessToken === accessToken) this.current = { ...this.current, renewAt: 0, expiresAt: 0 };
  }

  private async renew(): Promise<CachedToken> {
    const refreshToken = this.current?.refreshToken;
    if (refreshToken) {
      try {
        return (this.current = await this.request({ grant_type: "refresh_token", refresh_token: refreshToken }));
      } catch (error) {
        // An expired or revoked refresh token is normal; the client credentials still work.
        if (!(error instanceof BudError) || (error.kind !== "unauthorised" && error.kind !== "validation")) throw error;
      }
    }
    return (this.current = await this.request({ grant_type: "client_credentials" }));
  }

  private async request(form: Record<string, string>): Promise<CachedToken> {
    const { apiUrl, clientId, clientSecret, timeoutMs } = this.config;
    const started = this.now();
    const signal = AbortSignal.timeout(timeoutMs);
    let response;
    let body: string;
    try {
      response = await this.fetchImpl(new URL("/v1/oauth/token", apiUrl).toString(), {
        method: "POST",
        redirect: "manual",
        signal,
        headers: {
          "Content-Type": "application/x-www-form-urlencoded",
          Accept: "application/json",
          "X-Client-Id": clientId,
          // Bud declares Basic auth for both grants, so it is sent for refreshes too.
          Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString("base64")}`,
        },
        body: new URLSearchParams(form),
      });
      // Read inside the try: the timeout covers the body, and a body past the limit is a bad response below.
      body = await readText(response, TOKEN_BODY_LIMIT).catch((cause: unknown) => {
        if (signal.aborted) throw cause;
        return "";
      });
    } catch (cause) {
      const kind = signal.aborted ? "timeout" : "unavailable";
      log("warn", "bud_token", { grant: form.grant_type, error: kind, ms: this.now() - started });
      throw new BudError(kind, OPERATION, { cause });
    }
    const requestId = response.headers.get("x-request-id");
    const ok = response.status >= 200 && response.status < 300;
    log(ok ? "info" : "warn", "bud_token", {
      grant: form.grant_type,
      status: response.status,
      ms: this.now() - started,
      request_id: requestId,
    });
    if (!ok) {
      throw new BudError(kindForStatus(response.status), OPERATION, {
        status: response.status,
        codeId: readCodeId(body),
        requestId,
      });
    }
    const parsed = TokenResponse.safeParse(safeJson(body));
    if (!parsed.success) throw new BudError("bad_response", OPERATION, { status: response.status, requestId });
    const { access_token, refresh_token, expires_in } = parsed.data.data;
    const lifetimeMs = expires_in * 1000;
    const issuedAt = this.now();
    return {
      accessToken: access_token,
      refreshToken: refresh_token ?? null,
      expiresAt: issuedAt + lifetimeMs,
      renewAt: issuedAt + lifetimeMs - Math.min(60_000, lifetimeMs * 0.1),
    };
  }
}

export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
