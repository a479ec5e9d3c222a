import "server-only";
import { z } from "zod";
import { getBudClient, type BudClient, type BudCustomer } from "@/lib/bud/client";
import { BudError } from "@/lib/bud/errors";
import { parseWire } from "@/lib/bud/wire";

const GATEWAY = "POST /v2/open-banking/authorisation-gateway-url";
const TASK = "GET /v1/open-banking/connect/{connection_task_id}";

const TaskStatus = z.enum(["Pending", "Completed", "Failed"]);

const GatewayUrl = z.object({ data: z.object({ url: z.url({ protocol: /^https?$/ }) }) });
const ConnectTask = z.object({
  data: z.object({
    provider: z.string(),
    step: z.number().int(),
    text: z.string(),
    result: z.string().nullish(),
    status: TaskStatus.nullish(),
    task_id: z.string(),
  }),
  metadata: z.object({ status: TaskStatus.nullish(), next_url_delay: z.number().nullish() }).nullish(),
});

export type InitialScreen = "connect_accounts" | "reconfirm_consent";

/** Bud refuses a gateway URL with 422 when a requested bank is in maintenance. */
export class ProviderMaintenanceError extends Error {
  override readonly name = "ProviderMaintenanceError";
}

/** Bud Connect's hosted URL for this customer, valid for 30 minutes; Bud sends them back to `redirectUrl`. */
export async function createGatewayUrl(
  customer: BudCustomer,
  input: { redirectUrl: string; provider: string | null; initialScreen: InitialScreen },
  bud: BudClient = getBudClient(),
): Promise<string> {
  try {
    const { data } = await bud.api.POST("/v2/open-banking/authorisation-gateway-url", {
      params: { header: bud.customerHeaders(customer) },
      body: {
        redirect_url: input.redirectUrl,
        ...(input.provider ? { providers: [input.provider] } : {}),
        initial_screen: input.initialScreen,
        // Back to us as soon as the customer has answered the bank: our own progress page follows the task.
        enable_async_connect: true,
        skip_success_screen: true,
      },
    });
    return parseWire(GatewayUrl, data, GATEWAY).data.url;
  } catch (error) {
    if (error instanceof BudError && (error.status === 422 || error.codeId === "provider_maintenance")) {
      throw new ProviderMaintenanceError("The bank is in maintenance");
    }
    throw error;
  }
}

export interface ConnectTaskState {
  status: "Pending" | "Completed" | "Failed";
  provider: string;
  /** 1–4, with Bud's text for it ("Fetching accounts"). */
  step: number;
  text: string;
  /** Bud's ConnectResultCode once finished. */
  result: string | null;
  nextDelayMs: number | null;
}

/** One look at a connect task; a task that is not this customer's is Bud's 404 (BudError not_found). */
export async function getConnectTask(customer: BudCustomer, taskId: string, bud: BudClient = getBudClient()): Promise<ConnectTaskState> {
  const { data } = await bud.api.GET("/v1/open-banking/connect/{connection_task_id}", {
    params: { header: bud.customerHeaders(customer), path: { connection_task_id: taskId } },
  });
  const parsed = parseWire(ConnectTask, data, TASK);
  return {
    status: parsed.data.status ?? parsed.metadata?.status ?? "Pending",
    provider: parsed.data.provider,
    step: parsed.data.step,
    text: parsed.data.text,
    result: parsed.data.result ?? null,
    nextDelayMs: parsed.metadata?.next_url_delay ?? null,
  };
}
