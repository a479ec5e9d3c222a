import "server-only";
import type { Readable } from "node:stream";
import { Agent } from "undici";

/**
 * The HTTP layer under the Bud transport. Bud calls go through undici's `request` API with our own connection pool,
 * not the global `fetch`, because Next patches the global one: it memoises identical GETs during a server render
 * (so a retry got the first, failed answer again) and hands out bodies as tee branches whose `cancel()` never
 * settles (so discarding a 401 body stalled the request until the timeout, or for ever). Not undici's `fetch`
 * either: its WHATWG Request, Response and web streams cost more per call than the rest of the exchange, and we
 * use none of what they add (redirects are never followed, bodies are read once as bytes).
 */

/** What the transport and the token manager send; the global `fetch` accepts it too, so tests can inject one. */
export interface BudFetchInit {
  method: string;
  headers: Record<string, string>;
  body?: ArrayBuffer | URLSearchParams;
  signal: AbortSignal;
  redirect: "manual";
}

/** The parts of a response body we use; undici's and the global `Response` both fit (their stream typings differ). */
export interface BudBody {
  getReader(): { read(): Promise<{ done: boolean; value?: Uint8Array }>; cancel(reason?: unknown): Promise<void> };
  cancel(reason?: unknown): Promise<void>;
}

/** The part of a response we read. */
export interface BudResponse {
  status: number;
  headers: { get(name: string): string | null };
  body: BudBody | null;
}

export type BudFetch = (url: string, init: BudFetchInit) => Promise<BudResponse>;

export interface PoolOptions {
  /** Most sockets open to Bud at once; further requests queue for a free one. */
  maxConnections: number;
  /** Per attempt; the pool's own connect/header/body timeouts back up the transport's abort signal. */
  timeoutMs: number;
}

/** One pool per process (the Bud client is one per process): keep-alive sockets are reused across requests. */
export function createBudFetch(options: PoolOptions): BudFetch {
  const dispatcher = new Agent({
    connections: options.maxConnections,
    keepAliveTimeout: 10_000,
    connectTimeout: options.timeoutMs,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
  });
  return async (url, init) => {
    const { origin, pathname, search } = new URL(url);
    const response = await dispatcher.request({
      origin,
      path: `${pathname}${search}`,
      method: init.method as "GET",
      headers: init.headers,
      body: init.body instanceof URLSearchParams ? init.body.toString() : init.body && Buffer.from(init.body),
      signal: init.signal,
    });
    const headers = response.headers;
    return {
      status: response.statusCode,
      headers: { get: (name) => headerValue(headers[name.toLowerCase()]) },
      body: streamBody(response.body),
    };
  };
}

function headerValue(value: string | string[] | undefined): string | null {
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(", ") : value;
}

/** A Node stream seen through the reader interface the exchange uses. */
function streamBody(stream: Readable & { dump?: () => Promise<void> }): BudBody {
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  // Reading the rest of a small body (undici's dump() reads up to 128 kB) keeps its keep-alive socket usable.
  const cancel = async () => void (await (stream.dump ? stream.dump() : stream.destroy()));
  return {
    getReader: () => ({
      read: async () => {
        const { done, value } = await chunks.next();
        return done ? { done: true } : { done: false, value };
      },
      cancel,
    }),
    cancel,
  };
}

export class BodyTooLargeError extends Error {
  override readonly name = "BodyTooLargeError";
  constructor(readonly limitBytes: number) {
    super(`The response body is larger than ${limitBytes} bytes`);
  }
}

/**
 * Reads a body as text, never holding more than `limitBytes` of it: a declared or actual excess stops the read
 * and throws BodyTooLargeError (a 300 MB body once cost 1.6 GB of memory when read whole). The stream is
 * cancelled without waiting: discarding must never be what a request waits on.
 */
export async function readText(response: BudResponse, limitBytes: number): Promise<string> {
  const body = response.body;
  if (!body) return "";
  const declared = Number(response.headers.get("content-length"));
  if (declared > limitBytes) {
    discard(body);
    throw new BodyTooLargeError(limitBytes);
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!value) continue;
    total += value.byteLength;
    if (total > limitBytes) {
      reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total).toString("utf8");
}

/** Drops a body we do not need, without waiting for the cancellation to settle. */
export function discard(body: BudBody | null): void {
  body?.cancel().catch(() => undefined);
}
