/**
 * Customers V3: create (idempotent by client_metadata.idempotent_identifier), list (token paged, ordered by id),
 * and asynchronous removal with a pollable task.
 */
import { Hono } from "hono";
import { z } from "zod";
import { api } from "../auth/guard";
import type { AppEnv } from "../context";
import { budDate, budDateMs } from "../http/dates";
import { ok } from "../http/envelope";
import { invalidPageToken, routeNotFound } from "../http/errors";
import { pageSize, parseOrFail, queryObject, readJsonBody } from "../http/params";
import type { DeletionTask, StoredCustomer } from "../store/state";
import { contextRequestSchema, contextView, customerFromPath } from "./customer-shared";

const createBody = z
  .object({
    customer_context: contextRequestSchema.optional(),
    client_metadata: z.object({ idempotent_identifier: z.string().min(1).optional() }).optional(),
  })
  .optional();

const listQuery = z.object({
  date_from: budDate.optional(),
  date_to: budDate.optional(),
  page_size: pageSize(200, 1000),
  page_token: z.string().optional(),
  idempotent_identifier: z.string().optional(),
});

/** Bud asks pollers to wait this long; the stand-in completes deletions after DELETION_DELAY_MS. */
const NEXT_URL_DELAY_MS = 50;

export const customerRoutes = new Hono<AppEnv>();

customerRoutes.post("/platform/v3/customers", api("platform_v3_customers_post"), async (c) => {
  const body = parseOrFail(createBody, await readJsonBody(c));
  const { client, deps } = c.var;
  const identifier = body?.client_metadata?.idempotent_identifier;
  const existing = identifier === undefined ? undefined : deps.customers.findByIdempotentIdentifier(client.client_id, identifier);
  // Bud keeps only what it needs to verify a secret, so a replay cannot return it again: 200 without a secret.
  if (existing) return ok(c, createdView(existing), { created_at: existing.created_at }, 200);
  const { customer, secret } = deps.customers.create({
    clientId: client.client_id,
    context: body?.customer_context,
    idempotentIdentifier: identifier,
    secretHosted: client.host_secrets,
  });
  return ok(c, createdView(customer, customer.secret_hosted ? undefined : secret), { created_at: customer.created_at }, 201);
});

customerRoutes.get("/platform/v3/customers", api("platform_v3_customers_get"), (c) => {
  const query = parseOrFail(listQuery, queryObject(c));
  const after = query.page_token === undefined ? undefined : decodePageToken(query.page_token);
  const from = query.date_from === undefined ? -Infinity : budDateMs(query.date_from, "from");
  const to = query.date_to === undefined ? c.var.deps.clock.now() : budDateMs(query.date_to, "to");
  const matching = c.var.deps.customers.list(c.var.client.client_id).filter((customer) => {
    const created = Date.parse(customer.created_at);
    return (
      created >= from &&
      created <= to &&
      (query.idempotent_identifier === undefined || customer.idempotent_identifier === query.idempotent_identifier) &&
      (after === undefined || customer.customer_id > after)
    );
  });
  const page = matching.slice(0, query.page_size);
  const last = page.at(-1);
  const hasMore = matching.length > page.length && last !== undefined;
  const metadata = { ...(hasMore && { next_page_token: encodePageToken(last.customer_id) }), results: page.length };
  return ok(c, page.map(listItem), metadata);
});

customerRoutes.delete("/platform/v3/customers/:customer_id", api("platform_v3_customers_delete"), (c) => {
  const task = c.var.deps.customers.requestDeletion(customerFromPath(c));
  return ok(c, { task_id: task.task_id }, pendingMetadata(task), 202);
});

customerRoutes.get("/platform/v3/customers/:customer_id/:task_id", api("platform_v3_customers_delete_status"), (c) => {
  const task = c.var.deps.customers.deletionTask(c.var.client.client_id, c.req.param("customer_id"), c.req.param("task_id"));
  if (!task) throw routeNotFound();
  if (c.var.deps.clock.now() < task.completes_at) return ok(c, { task_id: task.task_id }, pendingMetadata(task));
  return ok(c, { task_id: task.task_id, result: "success" }, { status: "Completed" });
});

function createdView(customer: StoredCustomer, secret?: string) {
  return {
    customer_id: customer.customer_id,
    ...(secret !== undefined && { customer_secret: secret }),
    customer_context: contextView(customer),
    ...(customer.idempotent_identifier !== undefined && {
      client_metadata: { idempotent_identifier: customer.idempotent_identifier },
    }),
  };
}

function listItem(customer: StoredCustomer) {
  return {
    customer_id: customer.customer_id,
    created_at: customer.created_at,
    ...(customer.idempotent_identifier !== undefined && { idempotent_identifier: customer.idempotent_identifier }),
  };
}

function pendingMetadata(task: DeletionTask) {
  return {
    status: "Pending",
    next_url: `/platform/v3/customers/${task.customer_id}/${task.task_id}`,
    next_url_delay: NEXT_URL_DELAY_MS,
  };
}

/** Keyset pagination over ids: stable while customers are added or removed between pages. */
function encodePageToken(lastCustomerId: string): string {
  return Buffer.from(JSON.stringify({ after: lastCustomerId })).toString("base64url");
}

function decodePageToken(token: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
    const after = (parsed as { after?: unknown } | null)?.after;
    if (typeof after === "string") return after;
  } catch {
    // fall through: any token the stand-in did not issue is invalid
  }
  throw invalidPageToken();
}
