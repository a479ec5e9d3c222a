/**
 * Faults at the bank rather than at Bud's API: a fault rule whose path is `/bank/{provider}/connect` or
 * `/bank/{provider}/refresh` (no HTTP route has such a path) fails that provider's next connect or refresh task,
 * scoped to a customer like any rule. Its `status` picks the ConnectResultCode the task fails with.
 */
import type { FaultRules } from "../faults/rules";

export type BankOperation = "connect" | "refresh";

export const bankFaultPath = (provider: string, operation: BankOperation) => `/bank/${provider}/${operation}`;

const RESULT_BY_STATUS: Readonly<Record<number, string>> = {
  429: "provider_request_limit",
  503: "provider_unavailable",
  504: "provider_timeout",
};

/** The result code a faulted bank call fails with, or undefined when no rule matches (the call succeeds). */
export function bankFault(faults: FaultRules, provider: string, operation: BankOperation, customerId: string): string | undefined {
  const rule = faults.take("BANK", bankFaultPath(provider, operation), customerId);
  if (rule?.status === undefined) return undefined;
  return RESULT_BY_STATUS[rule.status] ?? "provider_failure";
}
