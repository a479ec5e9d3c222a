import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import { parseWire } from "@/lib/bud/wire";
import { NotFoundError } from "@/lib/errors";

const START = "POST /open-banking/v2/refresh";
const STATUS = "GET /open-banking/v2/refresh/{task_id}";
const COUNT = "GET /financial/v2/transactions";

const TaskStatus = z.enum(["Pending", "Completed", "Failed"]);
const Started = z.object({ data: z.object({ task_id: z.string().min(1) }) });
const Progress = z.object({
  data: z.object({
    status: TaskStatus,
    sub_tasks: z.array(z.object({ provider: z.string(), status: TaskStatus, reconnect_required: z.boolean().nullish() })).nullish(),
  }),
});

export interface RefreshState {
  status: z.infer<typeof TaskStatus>;
  /** The bank wants the customer back (its consent was revoked or expired). */
  reconnectRequired: boolean;
}

/** Starts Bud's refresh of one bank; Bud answers a repeat within the hour with the same task. */
export async function startRefresh(customer: BudCustomer, provider: string, bud: BudClient = getBudClient()): Promise<string> {
  const { data } = await bud.api.POST("/open-banking/v2/refresh", {
    params: { header: bud.customerHeaders(customer) },
    body: { providers: [provider] },
  });
  return parseWire(Started, data, START).data.task_id;
}

/** One look at a refresh task, as it concerns this bank (the main task fails if any bank's sub-task did). */
export async function getRefresh(customer: BudCustomer, taskId: string, provider: string, bud: BudClient = getBudClient()): Promise<RefreshState> {
  const data = await bud.api
    .GET("/open-banking/v2/refresh/{task_id}", { params: { header: bud.customerHeaders(customer), path: { task_id: taskId } } })
    .then((answer) => answer.data)
    .catch((error: unknown) => {
      // Bud answers another customer's (or an unknown) task like this.
      if (error instanceof BudError && (error.kind === "not_found" || error.kind === "validation")) throw new NotFoundError("Refresh");
      throw error;
    });
  const parsed = parseWire(Progress, data, STATUS).data;
  const sub = parsed.sub_tasks?.find((task) => task.provider === provider);
  return { status: sub?.status ?? parsed.status, reconnectRequired: sub?.reconnect_required === true };
}

const MAX_PAGES = 20;
const CountPage = z.object({
  data: z.array(z.object({ account_id: z.string() })),
  metadata: z.object({ next_page_token: z.string().nullish() }).nullish(),
});

/**
 * How many of these accounts' transactions changed since `since` (Bud's `updated_after`): Bud's refresh says only
 * whether there were new ones. Counted page by page, at most a few thousand.
 */
export async function countUpdatedTransactions(
  customer: BudCustomer,
  accountIds: ReadonlySet<string>,
  since: string,
  bud: BudClient = getBudClient(),
): Promise<number> {
  let count = 0;
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await bud.api.GET("/financial/v2/transactions", {
      params: { header: bud.customerHeaders(customer), query: { updated_after: since, page_size: 200, page_token: token } },
    });
    const parsed = parseWire(CountPage, data, COUNT);
    count += parsed.data.filter((transaction) => accountIds.has(transaction.account_id)).length;
    token = parsed.metadata?.next_page_token || undefined;
    if (!token) break;
  }
  return count;
}
