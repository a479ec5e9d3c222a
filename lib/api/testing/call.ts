import { NextRequest } from "next/server";
import { inRequestScope } from "@/lib/api/testing/request-scope";
import { decodedParams, rawPath, type DiscoveredRoute, type HttpMethod } from "@/lib/api/testing/routes";
import { proxy } from "@/proxy";

export const ORIGIN = "http://localhost";

export interface RouteCall {
  route: DiscoveredRoute;
  method: HttpMethod;
  /** Raw (percent-encoded as the caller wishes) values of each param segment. */
  segments: Record<string, string[]>;
  /** Raw query string, without "?". */
  query?: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface RouteAnswer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it is JSON, else undefined. */
  json: unknown;
}

async function answerOf(response: Response): Promise<RouteAnswer> {
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "";
  let json: unknown;
  if (contentType.includes("json")) json = JSON.parse(text);
  return { status: response.status, contentType, text, json };
}

/**
 * Next's pipeline, reduced to what our handlers see: the proxy first (it may answer itself), then the matched
 * route's handler with its params decoded, inside a request scope for next/headers.
 */
export async function callRoute(call: RouteCall): Promise<RouteAnswer> {
  const url = `${ORIGIN}${rawPath(call.route, call.segments)}${call.query ? `?${call.query}` : ""}`;
  const init = { method: call.method, headers: call.headers, body: call.body };
  const proxied = await proxy(new NextRequest(url, init));
  if (!proxied.headers.has("x-middleware-next")) return answerOf(proxied);
  const request = new NextRequest(url, init);
  const params = decodedParams(call.route, call.segments);
  const handler = call.route.methods.find((entry) => entry.method === call.method)?.handler;
  if (!handler) throw new Error(`${call.route.file} has no ${call.method}`);
  return answerOf(await inRequestScope(`${call.route.pattern}/route`, request, () => handler(request, { params: Promise.resolve(params) })));
}
