/**
 * Request parsing shared by the routes: JSON bodies, zod validation mapped to Bud's failed_validation errors,
 * multi-value query parameters and page sizes.
 */
import type { Context } from "hono";
import { z } from "zod";
import { bodyDecodeFailed, failedValidation } from "./errors";

/** The body as JSON, or undefined when there is none (Bud's create bodies are optional). */
export async function readJsonBody(c: Context): Promise<unknown> {
  const text = await c.req.text();
  if (text.trim() === "") return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw bodyDecodeFailed((error as Error).message);
  }
}

/** Parses with zod; on failure throws 400 failed_validation with `{field: [messages]}`. */
export function parseOrFail<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const errors: Record<string, string[]> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "body";
    (errors[field] ??= []).push(issue.message);
  }
  throw failedValidation(errors);
}

/** Single-valued query parameters (the first of repeated keys), for zod schemas. */
export function queryObject(c: Context): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, values] of Object.entries(c.req.queries())) if (values[0] !== undefined) query[key] = values[0];
  return query;
}

/** A parameter Bud accepts "as repeated keys or a comma separated list"; undefined when absent or empty. */
export function listParam(c: Context, name: string): string[] | undefined {
  const values = (c.req.queries(name) ?? []).flatMap((value) => value.split(",")).map((value) => value.trim());
  const list = values.filter((value) => value !== "");
  return list.length > 0 ? list : undefined;
}

/** `page_size` for token-paged lists: an integer within Bud's limits. */
export function pageSize(defaultSize: number, max: number) {
  return z.coerce
    .number({ error: "must be an integer" })
    .int({ error: "must be an integer" })
    .min(1, { error: `must be between 1 and ${max}` })
    .max(max, { error: `must be between 1 and ${max}` })
    .default(defaultSize);
}

/** A list parameter whose values must come from `allowed`; 400 failed_validation names the parameter otherwise. */
export function enumListParam<const T extends string>(c: Context, name: string, allowed: readonly T[]): T[] | undefined {
  const values = listParam(c, name);
  if (values?.some((value) => !(allowed as readonly string[]).includes(value))) {
    throw failedValidation({ [name]: [`must be one of [${allowed.join(" ")}]`] });
  }
  return values as T[] | undefined;
}
