import { DEFAULT_BREAKER_POLICY, type BreakerPolicy } from "@/lib/bud/breaker";
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
  /** The largest response body read from Bud; anything bigger is a bad response. */
  maxResponseBytes?: number;
  /** Most sockets open to Bud at once. */
  maxConnections?: number;
  breaker?: BreakerPolicy;
}

export type ResolvedBudClientConfig = Required<BudClientConfig>;

/** Also the defaults of the BUD_* variables in lib/env.ts, so they are stated once. */
export const BUD_CLIENT_DEFAULTS = {
  maxResponseBytes: 25 * 1024 * 1024,
  maxConnections: 50,
  breaker: DEFAULT_BREAKER_POLICY,
} as const satisfies Partial<BudClientConfig>;

export function resolveBudClientConfig(config: BudClientConfig): ResolvedBudClientConfig {
  return {
    ...config,
    maxResponseBytes: config.maxResponseBytes ?? BUD_CLIENT_DEFAULTS.maxResponseBytes,
    maxConnections: config.maxConnections ?? BUD_CLIENT_DEFAULTS.maxConnections,
    breaker: config.breaker ?? BUD_CLIENT_DEFAULTS.breaker,
  };
}
