import "server-only";
import { z } from "zod";

/*
 * The one reader of `process.env` (every lib/env/<concern>.ts goes through here). Each concern is validated on
 * first use and cached, so a module triggers only the checks it needs (the stand-in never asks for secrets;
 * `next build` never asks for Bud credentials).
 */

export class EnvError extends Error {
  override readonly name = "EnvError";
}

type RawEnv = Record<string, string | undefined>;

export const GENERATE = "generate one with `openssl rand -base64 32`";

export const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" });
export const httpUrl = () => z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
export const trueOrFalse = (fallback: "true" | "false") =>
  z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default(fallback);

export const wholeNumber = (fallback: number, min: number, max: number, unit: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number${unit}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);

export const milliseconds = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number of milliseconds")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1").max(600_000, "must be at most 600000 (10 minutes)"))
    .default(fallback);

/** Reads only the named variables; blank values (`FOO=` in a .env file) count as unset. */
export function readEnv(names: readonly string[]): RawEnv {
  return Object.fromEntries(names.map((name) => [name, process.env[name]?.trim() || undefined]));
}

/** Validates and, on failure, lists every problem, one line per variable. Values are never echoed: some are secrets. */
export function parseEnv<S extends z.ZodType>(concern: string, schema: S, env: RawEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]);
    problems.set(name, [...(problems.get(name) ?? []), issue.message]);
  }
  const lines = [...problems].map(([name, messages]) => `  - ${name}: ${messages.join("; ")}`);
  throw new EnvError(`Invalid ${concern} configuration:\n${lines.join("\n")}`);
}

/** Reads a schema's own variables (an object schema, or one refined from it). */
export function parseSchemaEnv<S extends z.ZodObject>(concern: string, schema: S): z.output<S> {
  return parseEnv(concern, schema, readEnv(Object.keys(schema.shape)));
}

const cache = new Map<string, unknown>();

/** A concern's configuration, made once per process (until resetEnvCacheForTests). */
export function cached<T>(concern: string, make: () => T): T {
  if (!cache.has(concern)) cache.set(concern, make());
  return cache.get(concern) as T;
}

export function resetEnvCacheForTests(): void {
  cache.clear();
}
