import "server-only";
import { cookies } from "next/headers";
import { decryptSessionJwt } from "@/lib/auth/session-jwt";
import { appConfig, secretsConfig } from "@/lib/env";

export interface SessionToken {
  userId: string;
  sessionVersion: number;
}

/**
 * Reads this request's session straight from next-auth's cookie: one JWT decryption. getServerSession() would run
 * next-auth's whole session handler and re-encrypt the token too (a cookie that server components cannot set
 * anyway), which roughly doubles the cost of every authenticated request. Our token holds only the user id and
 * session version, so it is never split into chunked cookies.
 */
export async function readSessionToken(): Promise<SessionToken | null> {
  const name = `${appConfig().isProduction ? "__Secure-" : ""}next-auth.session-token`;
  const value = (await cookies()).get(name)?.value;
  if (!value) return null;
  // Not next-auth's decode(): see session-jwt.ts (same checks, without a thread-pool hop per request).
  const token = decryptSessionJwt(value, secretsConfig().nextAuthSecret);
  if (typeof token?.sub !== "string" || typeof token.sv !== "number") return null;
  return { userId: token.sub, sessionVersion: token.sv };
}
