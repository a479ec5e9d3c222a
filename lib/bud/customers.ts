import "server-only";
import { z } from "zod";
import { BudError } from "@/lib/bud/errors";
import { getBudClient, type BudClient } from "@/lib/bud/client";
import { pollTask } from "@/lib/bud/tasks";
import { parseWire } from "@/lib/bud/wire";

const CREATE = "POST /platform/v3/customers";
const DELETE = "DELETE /platform/v3/customers/{customer_id}";
const DELETE_STATUS = "GET /platform/v3/customers/{customer_id}/{task_id}";

const TaskStatus = z.enum(["Pending", "Completed", "Failed"]);

const Created = z.object({
  data: z.object({
    customer_id: z.string().min(1),
    customer_secret: z.string().min(1).nullish(),
    customer_context: z.object({ host_secret: z.boolean().nullish() }).nullish(),
  }),
});
const DeleteStarted = z.object({ data: z.object({ task_id: z.string().min(1) }) });
const DeleteProgress = z.object({
  metadata: z.object({ status: TaskStatus, next_url_delay: z.number().nullish() }),
});

export interface CreatedCustomer {
  customerId: string;
  /** Returned once, and only when Bud does not host the secret. */
  customerSecret: string | null;
  /** false when Bud already had a customer for this idempotent identifier (a retry). */
  created: boolean;
  /** Bud keeps the secret itself, so none is needed on calls. Unknown counts as not hosted (the safe reading). */
  secretHosted: boolean;
}

/**
 * Creates the Bud customer for one of our users. The user id is the idempotent identifier, so a retry after a
 * crash answers 200 with the same customer instead of creating a second one.
 */
export async function createCustomer(
  input: { idempotentIdentifier: string },
  bud: BudClient = getBudClient(),
): Promise<CreatedCustomer> {
  const { data, response } = await bud.api.POST("/platform/v3/customers", {
    params: { header: bud.clientHeaders() },
    body: {
      client_metadata: { idempotent_identifier: input.idempotentIdentifier },
      customer_context: { type: "personal", region: "GB", locale: "en-GB" },
    },
  });
  const parsed = parseWire(Created, data, CREATE).data;
  return {
    customerId: parsed.customer_id,
    customerSecret: parsed.customer_secret ?? null,
    created: response.status === 201,
    secretHosted: parsed.customer_context?.host_secret === true,
  };
}

/** Deletes a customer and all their data at Bud, waiting for Bud's asynchronous task to finish. */
export async function deleteCustomer(customerId: string, bud: BudClient = getBudClient()): Promise<void> {
  const { data } = await bud.api.DELETE("/platform/v3/customers/{customer_id}", {
    params: { header: bud.clientHeaders(), path: { customer_id: customerId } },
  });
  const taskId = parseWire(DeleteStarted, data, DELETE).data.task_id;
  const result = await pollTask(DELETE_STATUS, async () => {
    const { data: progress } = await bud.api.GET("/platform/v3/customers/{customer_id}/{task_id}", {
      params: { header: bud.clientHeaders(), path: { customer_id: customerId, task_id: taskId } },
    });
    const { metadata } = parseWire(DeleteProgress, progress, DELETE_STATUS);
    return { status: metadata.status, nextDelayMs: metadata.next_url_delay ?? null, value: undefined };
  });
  if (result.status === "Failed") throw new BudError("unavailable", DELETE_STATUS);
}
