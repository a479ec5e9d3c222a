import { AsyncLocalStorage } from "node:async_hooks";

/**
 * One JSON line per event on stdout, so logs are greppable and machine-readable. Callers pass only fields that
 * are safe to keep: never tokens, secrets, customer ids or upstream bodies. As a second line of defence, values
 * under sensitive names and email addresses anywhere are redacted here (a keyed hash of an email is how to log one:
 * lib/security/events.ts).
 *
 * Every line written while handling a request carries that request's id (`requestId`, the X-Request-Id set by
 * proxy.ts), taken from an AsyncLocalStorage context, so callers deep down (the Bud transport) need not pass it.
 * `request_id` on bud_call lines is Bud's own id for the upstream call.
 */
type Level = "debug" | "info" | "warn" | "error";
type Value = string | number | boolean | null | undefined;
type Fields = Record<string, Value>;

export interface LogContext {
  requestId: string;
}

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Names whose values are never written; `…Hash` names (keyed hashes) are allowed. */
const SENSITIVE_NAME = /pass(word)?|secret|token|cookie|authori[sz]ation|e-?mail/i;
const ALLOWED_NAME = /hash$/i;
const EMAIL_ADDRESS = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/g;

/**
 * One store per process: Next gives each server bundle entry its own copy of this module, and a custom server
 * (or the proxy) that starts a context must be seen by all of them.
 */
const STORE_KEY = Symbol.for("budgie.log.context");
const holder = globalThis as { [STORE_KEY]?: AsyncLocalStorage<LogContext> };
const contextStore = (holder[STORE_KEY] ??= new AsyncLocalStorage<LogContext>());

let threshold: number = LEVELS.info;
let sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

function scrub(name: string, value: Value): Value {
  if (value === null || value === undefined) return value;
  if (SENSITIVE_NAME.test(name) && !ALLOWED_NAME.test(name)) return "[redacted]";
  return typeof value === "string" ? value.replace(EMAIL_ADDRESS, "[email]") : value;
}

export function log(level: Level, event: string, fields: Fields = {}): void {
  if (LEVELS[level] < threshold) return;
  const safe = Object.fromEntries(Object.entries(fields).map(([name, value]) => [name, scrub(name, value)]));
  sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...contextStore.getStore(), ...safe }));
}

/** Runs `fn` with `context` added to every log line it writes, across awaits. */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return contextStore.run(context, fn);
}

export function currentLogContext(): LogContext | undefined {
  return contextStore.getStore();
}

/** Tests capture log lines, benchmarks silence them. */
export function configureLog(options: { level?: Level | "silent"; sink?: (line: string) => void }): void {
  if (options.level) threshold = options.level === "silent" ? Infinity : LEVELS[options.level];
  if (options.sink) sink = options.sink;
}
