import "server-only";
import { log } from "@/lib/log";
import { CircuitBreaker, type Outcome } from "@/lib/bud/breaker";
import { BudError, type BudErrorKind } from "@/lib/bud/errors";
import { exchange, type Exchange } from "@/lib/bud/exchange";
import { parseRetryAfter, retryDelay } from "@/lib/bud/retry";
import type { ResolvedBudClientConfig } from "@/lib/bud/config";
import type { BudFetch } from "@/lib/bud/http";
import type { TokenManager } from "@/lib/bud/token";

export interface TransportDeps {
  config: ResolvedBudClientConfig;
  tokens: TokenManager;
  /** The HTTP client: undici with our own pool in the app, swappable in tests. */
  fetchImpl: BudFetch;
  /** Aborts calls in flight when the server shuts down. */
  stopping?: AbortSignal;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const IDEMPOTENT = new Set(["GET", "HEAD"]);

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Bud's health as the breaker sees it: only 5xx, timeouts and connection errors count against it. */
function healthOf(kind: BudErrorKind, stopped = false): Outcome {
  if (stopped) return "abandoned";
  return kind === "unavailable" || kind === "timeout" ? "failure" : "success";
}

const transient = (kind: BudErrorKind) => kind === "unavailable" || kind === "rate_limited" || kind === "timeout";

/**
 * The one place a request to Bud goes out. Adds the bearer token and client id; enforces a per-attempt timeout
 * (body included), an overall deadline and a response size cap; retries idempotent requests on 5xx, 429 and
 * network errors with jittered backoff (honouring Retry-After, and passing a longer one back instead of waiting);
 * answers a 401 with one token refresh and one retry; never follows redirects; checks that a success body is JSON;
 * fails fast while the circuit breaker is open; logs one line per attempt with the breaker's state; and turns
 * every failure into a BudError. `pathTemplate` names the operation in logs and errors so they never carry ids.
 */
export function createTransport(deps: TransportDeps) {
  const { config, tokens, fetchImpl, stopping } = deps;
  const sleep = deps.sleep ?? defaultSleep;
  const now = deps.now ?? Date.now;
  const breaker = new CircuitBreaker(config.breaker, (from, to) =>
    log(to === "closed" ? "info" : "warn", "bud_breaker", { from, to }),
  );

  return async function send(request: Request, pathTemplate: string): Promise<Response> {
    const operation = `${request.method} ${pathTemplate}`;
    const deadline = now() + config.deadlineMs;
    const retriable = IDEMPOTENT.has(request.method);
    // Read once: every attempt sends the same bytes.
    const body = request.body ? await request.arrayBuffer() : undefined;
    const callLog = (fields: { status: number | null; error: string | null; ms: number; attempt: number; requestId: string | null }) =>
      log(fields.status !== null && fields.status < 300 ? "info" : "warn", "bud_call", {
        method: request.method,
        path: pathTemplate,
        status: fields.status,
        error: fields.error,
        ms: fields.ms,
        attempt: fields.attempt,
        request_id: fields.requestId,
        breaker: breaker.state(now()),
      });
    let refreshedAfter401 = false;
    let retries = 0;

    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - now();
      if (remaining <= 0) throw new BudError("timeout", operation);
      const admission = breaker.admit(now());
      if (!admission.allowed) {
        callLog({ status: null, error: "circuit_open", ms: 0, attempt, requestId: null });
        throw new BudError("circuit_open", operation, { retryAfterMs: Math.max(0, admission.retryAt - now()) });
      }

      const started = now();
      let token: string;
      let result: Exchange;
      try {
        token = await tokens.getToken();
        result = await exchange(
          fetchImpl,
          request.url,
          {
            method: request.method,
            headers: {
              ...Object.fromEntries(request.headers),
              authorization: `Bearer ${token}`,
              "x-client-id": config.clientId,
              // Bud's search answers in its own JSON media type (application/bud-transaction-v3+json), asked for per call.
              accept: request.headers.get("accept") ?? "application/json",
            },
            body,
          },
          { timeoutMs: Math.min(config.timeoutMs, remaining), maxResponseBytes: config.maxResponseBytes, stopping },
        );
      } catch (error) {
        // Only the token request can throw here; its failures say as much about Bud's health as ours do.
        breaker.record(error instanceof BudError ? healthOf(error.kind) : "abandoned", now(), admission.probe);
        throw error;
      }
      breaker.record(result.ok ? "success" : healthOf(result.kind, result.stopped), now(), admission.probe);
      callLog({
        status: result.status,
        error: result.ok ? null : result.kind,
        ms: now() - started,
        attempt,
        requestId: result.requestId,
      });

      if (result.ok) return parsedResponse(result);
      if (result.status === 401 && !refreshedAfter401) {
        // A 401 is also what an access token that expired early looks like: refresh once, retry once.
        refreshedAfter401 = true;
        tokens.invalidate(token);
        continue;
      }

      const retryAfterMs = parseRetryAfter(result.retryAfter);
      if (retriable && transient(result.kind) && !result.stopped && retries + 1 < config.retry.maxAttempts) {
        const delay = retryDelay(retries + 1, result.retryAfter, config.retry, deps.random);
        if (delay !== null && now() + delay < deadline) {
          retries++;
          await sleep(delay);
          continue;
        }
      }
      throw new BudError(result.kind, operation, {
        status: result.status,
        codeId: result.codeId,
        requestId: result.requestId,
        retryAfterMs,
        cause: result.cause,
      });
    }
  };
}

/**
 * Bud's answer as openapi-fetch reads it: the exchange has already read and parsed the body, so this Response hands
 * over that value through json() (openapi-fetch calls it when a Content-Length is present) instead of carrying the
 * text to be encoded, decoded and parsed a second time — for a 105k-row export that was ~500 MB of extra garbage.
 */
class ParsedJsonResponse extends Response {
  constructor(
    private readonly parsed: unknown,
    init: ResponseInit,
  ) {
    super(null, init);
  }

  override json(): Promise<unknown> {
    return Promise.resolve(this.parsed);
  }
}

function parsedResponse(result: { status: number; json: unknown; bytes: number; requestId: string | null }): Response {
  const headers: Record<string, string> = { "content-type": "application/json", "content-length": String(result.bytes) };
  if (result.requestId) headers["x-request-id"] = result.requestId;
  return result.json === undefined
    ? new Response(null, { status: result.status, headers })
    : new ParsedJsonResponse(result.json, { status: result.status, headers });
}
