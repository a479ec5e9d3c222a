import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { thirdPartyRoute } from "@/lib/api/route";
import { authOptions } from "@/lib/auth/options";
import { captureThrottle } from "@/lib/auth/throttle";

const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<Record<string, string | string[]>> };

/** next-auth's handler; its log lines (sign-in and sign-out events) carry the server's request id. */
function handler(request: NextRequest, context: Context): Promise<Response> {
  return nextAuth(request, context);
}

/**
 * next-auth answers every refused credentials sign-in with 401; a throttled one gets 429 and Retry-After instead,
 * with next-auth's body unchanged (`{ url }` carrying the message, which the sign-in form shows).
 */
async function throttled(request: NextRequest, context: Context): Promise<Response> {
  const { result, retryAfterSeconds } = await captureThrottle<Response>(() => handler(request, context));
  if (retryAfterSeconds === undefined) return result;
  const headers = new Headers(result.headers);
  headers.set("Retry-After", String(retryAfterSeconds));
  return new Response(result.body, { status: 429, headers });
}

export const GET = thirdPartyRoute(handler);
export const POST = thirdPartyRoute(throttled);
