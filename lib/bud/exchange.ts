import "server-only";
import { kindForStatus, readCodeId, type BudErrorKind } from "@/lib/bud/errors";
import { BodyTooLargeError, discard, readText, type BudFetch, type BudFetchInit } from "@/lib/bud/http";

/** Bud's error bodies are small; only their `code_id` is kept, so a bounded read is plenty. */
const ERROR_BODY_LIMIT = 64 * 1024;

export type Exchange =
  | {
      ok: true;
      status: number;
      /** The body parsed once, here (undefined for an empty one), so nothing downstream reads or parses it again. */
      json: unknown;
      /** The body's length in bytes, for the Content-Length openapi-fetch reads. */
      bytes: number;
      requestId: string | null;
    }
  | {
      ok: false;
      kind: BudErrorKind;
      status: number | null;
      requestId: string | null;
      codeId: string | null;
      retryAfter: string | null;
      /** The process is shutting down: neither retry nor count against Bud. */
      stopped: boolean;
      cause?: unknown;
    };

export interface ExchangeLimits {
  timeoutMs: number;
  maxResponseBytes: number;
  /** Aborts the exchange when the server shuts down. */
  stopping?: AbortSignal;
}

/**
 * One HTTP exchange with Bud, body included: the per-attempt timeout covers reading the body too, a success body
 * is read up to the size cap and checked to be JSON, and an error body is reduced to its `code_id`. Never throws:
 * every outcome comes back as a value, so the caller can record it (breaker, log) before deciding what to do.
 */
export async function exchange(
  fetchImpl: BudFetch,
  url: string,
  init: Omit<BudFetchInit, "signal" | "redirect">,
  limits: ExchangeLimits,
): Promise<Exchange> {
  // One controller per exchange, released in `finally`: listeners on the process-wide `stopping` signal must not
  // pile up with every call, and the timer must not outlive the exchange.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException("Bud did not answer in time", "TimeoutError"));
  }, limits.timeoutMs);
  const stop = () => controller.abort(limits.stopping?.reason);
  limits.stopping?.addEventListener("abort", stop, { once: true });
  if (limits.stopping?.aborted) stop();
  try {
    return await exchangeWithin(fetchImpl, url, { ...init, signal: controller.signal, redirect: "manual" }, limits, () =>
      limits.stopping?.aborted ? "stopped" : timedOut ? "timeout" : "failed",
    );
  } finally {
    clearTimeout(timer);
    limits.stopping?.removeEventListener("abort", stop);
  }
}

async function exchangeWithin(
  fetchImpl: BudFetch,
  url: string,
  init: BudFetchInit,
  limits: ExchangeLimits,
  why: () => "stopped" | "timeout" | "failed",
): Promise<Exchange> {
  const interrupted = (cause: unknown): Exchange => ({
    ok: false,
    kind: why() === "timeout" ? "timeout" : "unavailable",
    status: null,
    requestId: null,
    codeId: null,
    retryAfter: null,
    stopped: why() === "stopped",
    cause,
  });

  let response;
  try {
    response = await fetchImpl(url, init);
  } catch (cause) {
    return interrupted(cause);
  }
  const { status } = response;
  const requestId = response.headers.get("x-request-id");

  if (status >= 200 && status < 300) {
    if (status === 204 || status === 205) {
      discard(response.body);
      return { ok: true, status, json: undefined, bytes: 0, requestId };
    }
    let text: string;
    try {
      text = await readText(response, limits.maxResponseBytes);
    } catch (cause) {
      if (!(cause instanceof BodyTooLargeError)) return { ...interrupted(cause), status, requestId };
      return { ok: false, kind: "bad_response", status, requestId, codeId: null, retryAfter: null, stopped: false, cause };
    }
    if (text.length === 0) return { ok: true, status, json: undefined, bytes: 0, requestId };
    const json = parseJson(text);
    if (json === NOT_JSON) {
      return { ok: false, kind: "bad_response", status, requestId, codeId: null, retryAfter: null, stopped: false };
    }
    return { ok: true, status, json, bytes: Buffer.byteLength(text), requestId };
  }

  // Reading (not cancelling) a small error body leaves the keep-alive socket reusable.
  const body = await readText(response, ERROR_BODY_LIMIT).catch(() => "");
  return {
    ok: false,
    kind: status < 400 ? "bad_response" : kindForStatus(status),
    status,
    requestId,
    codeId: readCodeId(body),
    retryAfter: response.headers.get("retry-after"),
    stopped: false,
  };
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}
