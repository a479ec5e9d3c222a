import type { RetryPolicy } from "@/lib/bud/retry";

export interface BudClientConfig {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per attempt. */
  timeoutMs: number;
  /** For a whole call, retries and waits included. */
  deadlineMs: number;
  retry: RetryPolicy;
}
