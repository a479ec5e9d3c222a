import "server-only";
import { z } from "zod";
import { cached, parseSchemaEnv } from "@/lib/env/parse";

export interface SessionConfig {
  /** Signed out after this long without a request (renewed by proxy.ts). */
  idleTimeoutSeconds: number;
  /** Signed out this long after signing in, however active; renewals never extend it. */
  absoluteLifetimeSeconds: number;
}

const wholeMinutes = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number of minutes")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1").max(max, `must be at most ${max}`))
    .default(fallback);

// 30 minutes idle, as UK banking apps do; 12 hours at most however active.
const sessionSchema = z
  .object({
    BUDGIE_SESSION_IDLE_MINUTES: wholeMinutes(30, 24 * 60),
    BUDGIE_SESSION_LIFETIME_MINUTES: wholeMinutes(12 * 60, 30 * 24 * 60),
  })
  .refine((env) => env.BUDGIE_SESSION_IDLE_MINUTES <= env.BUDGIE_SESSION_LIFETIME_MINUTES, {
    path: ["BUDGIE_SESSION_IDLE_MINUTES"],
    message: "must not be longer than BUDGIE_SESSION_LIFETIME_MINUTES",
  });

export function sessionConfig(): SessionConfig {
  return cached("session", () => {
    const env = parseSchemaEnv("session", sessionSchema);
    return {
      idleTimeoutSeconds: env.BUDGIE_SESSION_IDLE_MINUTES * 60,
      absoluteLifetimeSeconds: env.BUDGIE_SESSION_LIFETIME_MINUTES * 60,
    };
  });
}
