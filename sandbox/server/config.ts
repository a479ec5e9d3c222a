/**
 * The stand-in's configuration from the environment (SANDBOX_*), validated up front so a typo stops start-up
 * with a message that names the variable, instead of surfacing later as a strange response.
 */
import path from "node:path";
import { z } from "zod";
import { parseClients } from "./clients";
import { parseFaultRules } from "./faults/rules";
import type { StartSandboxOptions } from "./start";

/** sandbox/.data, wherever the process was started from. */
export const DEFAULT_DATA_DIR = path.resolve(import.meta.dirname, "..", ".data");

const envSchema = z.object({
  SANDBOX_PORT: z.coerce.number().int().min(0).max(65_535).default(4010),
  SANDBOX_DATA_DIR: z.string().min(1).default(DEFAULT_DATA_DIR),
  SANDBOX_PUBLIC_URL: z.url().optional(),
  SANDBOX_SEED: z.string().min(1).optional(),
  SANDBOX_TODAY: z.iso.date().optional(),
  SANDBOX_TOKEN_TTL_SECONDS: z.coerce.number().int().min(1).default(3600),
  SANDBOX_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  SANDBOX_CLIENTS: z.string().optional(),
  SANDBOX_FAULTS: z.string().optional(),
  SANDBOX_CONNECT_STEP_MS: z.coerce.number().int().min(0).max(60_000).optional(),
  SANDBOX_WEBHOOK_URL: z.url({ protocol: /^https?$/ }).optional(),
});

/** Throws an Error naming every invalid variable. Empty values count as unset. */
export function optionsFromEnv(env: Record<string, string | undefined>): StartSandboxOptions & { dataDir: string } {
  const set = Object.fromEntries(Object.entries(env).filter(([key, value]) => key.startsWith("SANDBOX_") && value !== ""));
  const parsed = envSchema.safeParse(set);
  if (!parsed.success) throw new Error(`Invalid sandbox configuration:\n${z.prettifyError(parsed.error)}`);
  const config = parsed.data;
  return {
    port: config.SANDBOX_PORT,
    dataDir: config.SANDBOX_DATA_DIR,
    publicUrl: config.SANDBOX_PUBLIC_URL,
    seed: config.SANDBOX_SEED,
    today: config.SANDBOX_TODAY,
    tokenTtlSeconds: config.SANDBOX_TOKEN_TTL_SECONDS,
    latencyMs: config.SANDBOX_LATENCY_MS,
    clients: parseClients(config.SANDBOX_CLIENTS),
    faults: parseFaultRules(config.SANDBOX_FAULTS),
    connectStepMs: config.SANDBOX_CONNECT_STEP_MS,
    webhookUrl: config.SANDBOX_WEBHOOK_URL,
    // A long-running server generates the demo data up front; the first page load should not pay for it.
    warmUp: true,
  };
}
