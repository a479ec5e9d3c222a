import "server-only";
import type { NextRequest } from "next/server";
import { z, ZodError } from "zod";

/** Largest JSON body any of our routes accepts; anything bigger is a client error, not work for us. */
const MAX_BODY_BYTES = 16 * 1024;

/** Reads and validates a JSON body; malformed, oversized or invalid input becomes a ZodError (→ 400). */
export async function parseJsonBody<T extends z.core.$ZodType>(request: NextRequest, schema: T): Promise<z.output<T>> {
  // Refuse a declared oversize body before reading it; check the bytes actually read too (chunked bodies).
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw bodyError("Request body must be JSON.");
  }
  return z.parse(schema, json);
}

function bodyError(message: string): ZodError {
  return new ZodError([{ code: "custom", path: [], message, input: undefined }]);
}

/** Reads and validates a form body (`<form method="post">`, which works without JavaScript), as parseJsonBody does. */
export async function parseFormBody<T extends z.core.$ZodType>(request: NextRequest, schema: T): Promise<z.output<T>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  return z.parse(schema, Object.fromEntries(new URLSearchParams(text)));
}
