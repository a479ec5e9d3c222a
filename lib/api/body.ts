import "server-only";
import type { z } from "zod";
import type { NextRequest } from "next/server";
import { ZodError } from "zod";

/** Largest JSON body any of our routes accepts; anything bigger is a client error, not work for us. */
const MAX_BODY_BYTES = 16 * 1024;

/** Reads and validates a JSON body; malformed, oversized or invalid input becomes a ZodError (→ 400). */
export async function parseJsonBody<T extends z.ZodType>(request: NextRequest, schema: T): Promise<z.infer<T>> {
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
  return schema.parse(json);
}

function bodyError(message: string): ZodError {
  return new ZodError([{ code: "custom", path: [], message, input: undefined }]);
}

/** Reads and validates a form body (`<form method="post">`, which works without JavaScript), as parseJsonBody does. */
export async function parseFormBody<T extends z.ZodType>(request: NextRequest, schema: T): Promise<z.infer<T>> {
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw bodyError("Request body is too large.");
  return schema.parse(Object.fromEntries(new URLSearchParams(text)));
}
