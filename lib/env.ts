import "server-only";
import path from "node:path";
import { z } from "zod";
import { loadOrCreateDevSecrets } from "@/lib/crypto/dev-secrets";
import { parseEncryptionKeys, type EncryptionKey } from "@/lib/crypto/keys";
import { log } from "@/lib/log";
import { BUD_CLIENT_DEFAULTS } from "@/lib/bud/config";
import type { BreakerPolicy } from "@/lib/bud/breaker";

/**
 * The only reader of `process.env`. Each concern is validated on first use and cached, so a module triggers only
 * the checks it needs (the stand-in never asks for secrets; `next build` never asks for Bud credentials).
 */

export interface BudConfig {
  apiUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per attempt. */
  timeoutMs: number;
  /** For a whole call, retries and waits included. */
  deadlineMs: number;
  /** The largest Bud response body read; a bigger one is refused as a bad response. */
  maxResponseBytes: number;
  /** Most sockets open to Bud at once. */
  maxConnections: number;
  breaker: BreakerPolicy;
}

export interface AppConfig {
  isProduction: boolean;
  /** Absolute path of the directory for PGlite and development secrets. */
  dataDir: string;
  /** PostgreSQL instead of PGlite when set. */
  databaseUrl: string | undefined;
  /** Seeds the demo users at start-up. */
  demo: boolean;
  /** The public URL (NEXTAUTH_URL); always set in production. */
  appUrl: string | undefined;
}

export interface ConnectConfig {
  /** The origin of Bud's hosted Connect pages, e.g. https://auth.gateway.thisisbud.com. */
  connectOrigin: string;
  /** Where Bud publishes the keys its webhooks are signed with. */
  webhookJwksUrl: string;
  /** Whether our server polls Bud's connect task; webhooks complete journeys either way. */
  pollConnectTasks: boolean;
}

/** Bud's own hosts: its hosted Connect pages are on the gateway, not on the API host. */
const BUD_HOSTS = /(^|\.)thisisbud\.com$/;
const BUD_CONNECT_ORIGIN_DEFAULT = "https://auth.gateway.thisisbud.com";
const BUD_WEBHOOK_JWKS_DEFAULT = "https://assets.thisisbud.com/bud-callback.jwks";

export interface SecretsConfig {
  /** First = primary (encrypts); the rest only decrypt, during a key rotation. */
  encryptionKeys: EncryptionKey[];
  nextAuthSecret: string;
}

export interface SessionConfig {
  /** Signed out after this long without a request (renewed by proxy.ts). */
  idleTimeoutSeconds: number;
  /** Signed out this long after signing in, however active; renewals never extend it. */
  absoluteLifetimeSeconds: number;
}

export interface RateLimitConfig {
  /** Failed sign-ins from one client address in 15 minutes before that address is refused. */
  signInFailuresPerAddress: number;
  /** Accounts created from one client address in 15 minutes. */
  signUpsPerAddress: number;
}

export interface MailConfig {
  /** Mail goes out through this SMTP server when set (lib/mail). */
  smtpUrl: string | undefined;
  /** The From header of every mail. */
  from: string;
}

export class EnvError extends Error {
  override readonly name = "EnvError";
}

type RawEnv = Record<string, string | undefined>;

const GENERATE = "generate one with `openssl rand -base64 32`";

const postgresUrl = z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// or postgresql:// URL" });

const milliseconds = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number of milliseconds")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1").max(600_000, "must be at most 600000 (10 minutes)"))
    .default(fallback);

const wholeNumber = (fallback: number, min: number, max: number, unit: string) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number${unit}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
    .default(fallback);

const breakerDefaults = BUD_CLIENT_DEFAULTS.breaker;

const budSchema = z
  .object({
    // zod's own wording for a missing value ("expected string, received undefined") would not help anyone.
    BUD_API_URL: z.url({
      protocol: /^https?$/,
      error: (issue) => (issue.input === undefined ? "is required (Bud's API base URL)" : "must be an http(s) URL"),
    }),
    BUD_CLIENT_ID: z.string({ error: "is required (your Bud client id)" }),
    BUD_CLIENT_SECRET: z.string({ error: "is required (your Bud client secret)" }),
    BUD_TIMEOUT_MS: milliseconds(10_000),
    BUD_DEADLINE_MS: milliseconds(20_000),
    NODE_ENV: z.string().optional(),
    // The opt-out for a demo against the local stand-in (plain http on loopback); `npm start` sets it for that.
    BUD_API_ALLOW_HTTP: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("false"),
    BUD_MAX_RESPONSE_BYTES: wholeNumber(BUD_CLIENT_DEFAULTS.maxResponseBytes, 1024, 1024 ** 3, " of bytes"),
    BUD_MAX_CONNECTIONS: wholeNumber(BUD_CLIENT_DEFAULTS.maxConnections, 1, 10_000, ""),
    BUD_BREAKER_FAILURES: wholeNumber(breakerDefaults.consecutiveFailures, 1, 1_000, ""),
    BUD_BREAKER_WINDOW_MS: milliseconds(breakerDefaults.windowMs),
    BUD_BREAKER_MIN_CALLS: wholeNumber(breakerDefaults.minCallsInWindow, 1, 100_000, ""),
    BUD_BREAKER_FAILURE_PERCENT: wholeNumber(breakerDefaults.failureRatio * 100, 1, 100, " (a percentage)"),
    BUD_BREAKER_COOLDOWN_MS: milliseconds(breakerDefaults.cooldownMs),
  })
  .refine((env) => env.BUD_DEADLINE_MS >= env.BUD_TIMEOUT_MS, {
    path: ["BUD_DEADLINE_MS"],
    message: "must not be shorter than BUD_TIMEOUT_MS",
  })
  // Credentials and customer data travel on this connection.
  .refine(
    (env) => env.NODE_ENV !== "production" || env.BUD_API_ALLOW_HTTP === "true" || new URL(env.BUD_API_URL).protocol === "https:",
    {
      path: ["BUD_API_URL"],
      message: "must be an https URL in production (BUD_API_ALLOW_HTTP=true allows http, for a local stand-in in a demo only)",
    },
  );

const appSchema = z.object({
  NODE_ENV: z.string().optional(),
  BUDGIE_DATA_DIR: z.string().default("./.data"),
  DATABASE_URL: postgresUrl.optional(),
  BUDGIE_DEMO: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("false"),
  NEXTAUTH_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
})
  // Sign-in redirects and the Origin check on mutating routes rely on it; a guess from the Host header would
  // let any request choose it.
  .refine((env) => env.NODE_ENV !== "production" || env.NEXTAUTH_URL !== undefined, {
    path: ["NEXTAUTH_URL"],
    message: "is required in production (the app's public URL, e.g. https://budgie.example.com)",
  });

const secretsSchema = z.object({
  BUDGIE_ENCRYPTION_KEY: z
    .string({ error: `is required in production (32 random bytes in base64; ${GENERATE})` })
    .transform((value, ctx) => {
      const parsed = parseEncryptionKeys(value);
      if ("keys" in parsed) return parsed.keys;
      ctx.issues.push({ code: "custom", message: parsed.problem, input: undefined });
      return z.NEVER;
    }),
  NEXTAUTH_SECRET: z
    .string({ error: `is required in production (${GENERATE})` })
    .min(32, `must be at least 32 characters (${GENERATE})`),
});

const wholeMinutes = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number of minutes")
    .transform(Number)
    .pipe(z.number().min(1, "must be at least 1").max(max, `must be at most ${max}`))
    .default(fallback);

// 30 minutes idle, as UK banking apps do; 12 hours at most however active.
const sessionSchema = z
  .object({
    BUDGIE_SESSION_IDLE_MINUTES: wholeMinutes(30, 24 * 60),
    BUDGIE_SESSION_LIFETIME_MINUTES: wholeMinutes(12 * 60, 30 * 24 * 60),
  })
  .refine((env) => env.BUDGIE_SESSION_IDLE_MINUTES <= env.BUDGIE_SESSION_LIFETIME_MINUTES, {
    path: ["BUDGIE_SESSION_IDLE_MINUTES"],
    message: "must not be longer than BUDGIE_SESSION_LIFETIME_MINUTES",
  });

// Per client address; the per-email sign-in limit is fixed (lib/auth/rate-limit). Raised only where many people
// share one address, such as the e2e run, whose browsers all connect from 127.0.0.1.
const rateLimitSchema = z.object({
  BUDGIE_SIGN_IN_FAILURES_PER_ADDRESS: wholeNumber(10, 1, 100_000, ""),
  BUDGIE_SIGN_UPS_PER_ADDRESS: wholeNumber(10, 1, 100_000, ""),
});

const mailSchema = z.object({
  // Credentials may sit in the URL (smtps://user:pass@host): like every value, never echoed in errors.
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
  MAIL_FROM: z.string().max(254, "must be at most 254 characters").default("Budgie <no-reply@budgie.local>"),
});

const perfSchema = z.object({
  BUDGIE_SERVER_TIMING: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("false"),
});

// Bud Connect: where its hosted pages live (our CSP must let a form redirect there), where Bud publishes the keys
// that sign its webhooks, and whether the server asks Bud for a journey's task (off: webhooks alone finish it).
const connectSchema = z.object({
  BUD_API_URL: z.string().optional(),
  BUD_CONNECT_ORIGIN: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional(),
  BUD_WEBHOOK_JWKS_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).default(BUD_WEBHOOK_JWKS_DEFAULT),
  BUDGIE_CONNECT_POLLING: z.enum(["true", "false"], { error: 'must be "true" or "false"' }).default("true"),
});

const testSchema = z.object({
  TEST_DATABASE_URL: postgresUrl.optional(),
});

/** Reads only the named variables; blank values (`FOO=` in a .env file) count as unset. */
function readEnv(names: readonly string[]): RawEnv {
  return Object.fromEntries(names.map((name) => [name, process.env[name]?.trim() || undefined]));
}

/** Validates and, on failure, lists every problem, one line per variable. Values are never echoed: some are secrets. */
function parseEnv<S extends z.ZodType>(concern: string, schema: S, env: RawEnv): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = new Map<string, string[]>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0]);
    problems.set(name, [...(problems.get(name) ?? []), issue.message]);
  }
  const lines = [...problems].map(([name, messages]) => `  - ${name}: ${messages.join("; ")}`);
  throw new EnvError(`Invalid ${concern} configuration:\n${lines.join("\n")}`);
}

let cache: {
  bud?: BudConfig;
  app?: AppConfig;
  secrets?: SecretsConfig;
  session?: SessionConfig;
  rateLimit?: RateLimitConfig;
  perf?: { serverTiming: boolean };
  mail?: MailConfig;
  connect?: ConnectConfig;
} = {};

export function resetEnvCacheForTests(): void {
  cache = {};
}

export function budConfig(): BudConfig {
  cache.bud ??= (() => {
    const env = parseEnv("Bud API", budSchema, readEnv(Object.keys(budSchema.shape)));
    return {
      apiUrl: env.BUD_API_URL,
      clientId: env.BUD_CLIENT_ID,
      clientSecret: env.BUD_CLIENT_SECRET,
      timeoutMs: env.BUD_TIMEOUT_MS,
      deadlineMs: env.BUD_DEADLINE_MS,
      maxResponseBytes: env.BUD_MAX_RESPONSE_BYTES,
      maxConnections: env.BUD_MAX_CONNECTIONS,
      breaker: {
        consecutiveFailures: env.BUD_BREAKER_FAILURES,
        windowMs: env.BUD_BREAKER_WINDOW_MS,
        minCallsInWindow: env.BUD_BREAKER_MIN_CALLS,
        failureRatio: env.BUD_BREAKER_FAILURE_PERCENT / 100,
        cooldownMs: env.BUD_BREAKER_COOLDOWN_MS,
      },
    };
  })();
  return cache.bud;
}

export function appConfig(): AppConfig {
  cache.app ??= (() => {
    const env = parseEnv("app", appSchema, readEnv(Object.keys(appSchema.shape)));
    return {
      isProduction: env.NODE_ENV === "production",
      dataDir: path.resolve(env.BUDGIE_DATA_DIR),
      databaseUrl: env.DATABASE_URL,
      demo: env.BUDGIE_DEMO === "true",
      appUrl: env.NEXTAUTH_URL,
    };
  })();
  return cache.app;
}

/**
 * Production refuses to run without BUDGIE_ENCRYPTION_KEY and NEXTAUTH_SECRET. Elsewhere, whichever is unset
 * comes from `<dataDir>/dev-secrets.json`, generated on first use, with a warning.
 */
export function secretsConfig(): SecretsConfig {
  cache.secrets ??= (() => {
    const { isProduction, dataDir } = appConfig();
    const env = readEnv(Object.keys(secretsSchema.shape));
    if (!isProduction && (!env.BUDGIE_ENCRYPTION_KEY || !env.NEXTAUTH_SECRET)) {
      const { secrets, file, created } = loadOrCreateDevSecrets(dataDir);
      // Every server bundle entry has its own copy of this module; one warning per process is enough.
      const warned = globalThis as { budgieDevSecretsWarned?: boolean };
      if (!warned.budgieDevSecretsWarned) {
        warned.budgieDevSecretsWarned = true;
        log("warn", created ? "dev_secrets_generated" : "dev_secrets_reused", {
          file,
          message: "BUDGIE_ENCRYPTION_KEY or NEXTAUTH_SECRET is not set: using development secrets from this file. Production refuses to start without both.",
        });
      }
      env.BUDGIE_ENCRYPTION_KEY ??= secrets.encryptionKey;
      env.NEXTAUTH_SECRET ??= secrets.nextAuthSecret;
    }
    const parsed = parseEnv("secrets", secretsSchema, env);
    return { encryptionKeys: parsed.BUDGIE_ENCRYPTION_KEY, nextAuthSecret: parsed.NEXTAUTH_SECRET };
  })();
  return cache.secrets;
}

export function sessionConfig(): SessionConfig {
  cache.session ??= (() => {
    const env = parseEnv("session", sessionSchema, readEnv(Object.keys(sessionSchema.shape)));
    return {
      idleTimeoutSeconds: env.BUDGIE_SESSION_IDLE_MINUTES * 60,
      absoluteLifetimeSeconds: env.BUDGIE_SESSION_LIFETIME_MINUTES * 60,
    };
  })();
  return cache.session;
}

export function rateLimitConfig(): RateLimitConfig {
  cache.rateLimit ??= (() => {
    const env = parseEnv("rate limits", rateLimitSchema, readEnv(Object.keys(rateLimitSchema.shape)));
    return { signInFailuresPerAddress: env.BUDGIE_SIGN_IN_FAILURES_PER_ADDRESS, signUpsPerAddress: env.BUDGIE_SIGN_UPS_PER_ADDRESS };
  })();
  return cache.rateLimit;
}

export function mailConfig(): MailConfig {
  cache.mail ??= (() => {
    const env = parseEnv("mail", mailSchema, readEnv(Object.keys(mailSchema.shape)));
    return { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM };
  })();
  return cache.mail;
}

/** Measurement only (`npm run bench`): per-step `Server-Timing` headers on API responses. Off by default. */
export function perfConfig(): { serverTiming: boolean } {
  cache.perf ??= { serverTiming: parseEnv("perf", perfSchema, readEnv(Object.keys(perfSchema.shape))).BUDGIE_SERVER_TIMING === "true" };
  return cache.perf;
}

/**
 * Bud Connect settings. The hosted pages' origin is BUD_CONNECT_ORIGIN when set; otherwise Bud's gateway for Bud's
 * own API hosts, and the API's own origin for anything else (the local stand-in serves its hosted pages itself).
 */
export function connectConfig(): ConnectConfig {
  cache.connect ??= (() => {
    const env = parseEnv("Bud Connect", connectSchema, readEnv(Object.keys(connectSchema.shape)));
    return {
      connectOrigin: new URL(env.BUD_CONNECT_ORIGIN ?? derivedConnectOrigin(env.BUD_API_URL)).origin,
      webhookJwksUrl: env.BUD_WEBHOOK_JWKS_URL,
      pollConnectTasks: env.BUDGIE_CONNECT_POLLING === "true",
    };
  })();
  return cache.connect;
}

function derivedConnectOrigin(apiUrl: string | undefined): string {
  const parsed = apiUrl && URL.canParse(apiUrl) ? new URL(apiUrl) : null;
  if (!parsed || BUD_HOSTS.test(parsed.hostname)) return BUD_CONNECT_ORIGIN_DEFAULT;
  return parsed.origin;
}

/** Test tooling only: TEST_DATABASE_URL adds PostgreSQL to the engines the database tests run on. */
export function testDatabaseUrl(): string | undefined {
  return parseEnv("test", testSchema, readEnv(Object.keys(testSchema.shape))).TEST_DATABASE_URL;
}
