import "server-only";
import { log } from "@/lib/log";
import { BudError, kindForStatus, readCodeId, type BudErrorKind } from "@/lib/bud/errors";
import { retryDelay } from "@/lib/bud/retry";
import type { BudClientConfig } from "@/lib/bud/config";
import type { TokenManager } from "@/lib/bud/token";

export interface TransportDeps {
  config: BudClientConfig;
  tokens: TokenManager;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const IDEMPOTENT = new Set(["GET", "HEAD"]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The one place a request to Bud goes out. Adds the bearer token and client id; enforces a per-attempt timeout
 * and an overall deadline; retries idempotent requests on 5xx, 429 and network errors with jittered backoff
 * (honouring Retry-After); answers a 401 with one token refresh and one retry; never follows redirects; checks
 * that a success body is JSON; logs one line per attempt; and turns every failure into a BudError.
 * `pathTemplate` names the operation in logs and errors so they never carry ids.
 */
export function createTransport(deps: TransportDeps) {
  const { config, tokens } = deps;
  const fetchImpl = deps.fetchImpl ?? fetch;
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;

  return async function send(request: Request, pathTemplate: string): Promise<Response> {
    const operation = `${request.method} ${pathTemplate}`;
    const deadline = now() + config.deadlineMs;
    const retriable = IDEMPOTENT.has(request.method);
    let refreshedAfter401 = false;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - now();
      if (remaining <= 0) throw new BudError("timeout", operation);
      const token = await tokens.getToken();
      const attemptRequest = new Request(request.clone(), {
        redirect: "manual",
        signal: AbortSignal.timeout(Math.min(config.timeoutMs, remaining)),
      });
      attemptRequest.headers.set("Authorization", `Bearer ${token}`);
      attemptRequest.headers.set("X-Client-Id", config.clientId);
      attemptRequest.headers.set("Accept", "application/json");

      const started = now();
      let response: Response | null = null;
      let failure: BudErrorKind | null = null;
      let cause: unknown;
      try {
        response = await fetchImpl(attemptRequest);
      } catch (error) {
        cause = error;
        failure = error instanceof DOMException && error.name === "TimeoutError" ? "timeout" : "unavailable";
      }
      const status = response?.status ?? null;
      const requestId = response?.headers.get("x-request-id") ?? null;
      log(response?.ok ? "info" : "warn", "bud_call", {
        method: request.method,
        path: pathTemplate,
        status,
        error: failure,
        ms: now() - started,
        attempt,
        request_id: requestId,
      });

      if (response && response.status >= 200 && response.status < 300) return checkedJson(response, operation, requestId);
      if (response?.status === 401 && !refreshedAfter401) {
        // A 401 is also what an access token that expired early looks like: refresh once, retry once.
        await response.body?.cancel();
        refreshedAfter401 = true;
        tokens.invalidate(token);
        continue;
      }

      const body = response ? await response.text() : "";
      const kind = failure ?? (response && response.status < 400 ? "bad_response" : kindForStatus(status ?? 0));
      const transient = kind === "unavailable" || kind === "rate_limited" || kind === "timeout";
      if (retriable && transient && retries + 1 < config.retry.maxAttempts) {
        const delay = retryDelay(retries + 1, response?.headers.get("retry-after") ?? null, config.retry, deps.random);
        if (now() + delay < deadline) {
          retries++;
          await sleep(delay);
          continue;
        }
      }
      throw new BudError(kind, operation, { status, codeId: readCodeId(body), requestId, cause });
    }
  };
}

async function checkedJson(response: Response, operation: string, requestId: string | null): Promise<Response> {
  if (response.status === 204 || response.status === 205) return response;
  const text = await response.text().catch((cause: unknown) => {
    throw new BudError("bad_response", operation, { status: response.status, requestId, cause });
  });
  if (text.length > 0) {
    try {
      JSON.parse(text);
    } catch (cause) {
      throw new BudError("bad_response", operation, { status: response.status, requestId, cause });
    }
  }
  return new Response(text, { status: response.status, headers: response.headers });
}
