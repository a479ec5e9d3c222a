/**
 * Bud's success envelope: `{operation_id, data, metadata?}` with the operation id of the matched route.
 */
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { AppEnv } from "../context";

export function ok(c: Context<AppEnv>, data: unknown, metadata?: unknown, status: ContentfulStatusCode = 200): Response {
  const body = { operation_id: c.var.operationId, data, ...(metadata !== undefined && { metadata }) };
  return c.json(body, status);
}
