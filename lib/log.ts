/**
 * One JSON line per event on stdout, so logs are greppable and machine-readable. Callers pass only fields that
 * are safe to keep: never tokens, secrets, customer ids or upstream bodies.
 */
type Level = "debug" | "info" | "warn" | "error";
type Fields = Record<string, string | number | boolean | null | undefined>;

const LEVELS: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

let threshold: number = LEVELS.info;
let sink: (line: string) => void = (line) => process.stdout.write(`${line}\n`);

export function log(level: Level, event: string, fields: Fields = {}): void {
  if (LEVELS[level] < threshold) return;
  sink(JSON.stringify({ time: new Date().toISOString(), level, event, ...fields }));
}

/** Tests capture log lines, benchmarks silence them. */
export function configureLog(options: { level?: Level | "silent"; sink?: (line: string) => void }): void {
  if (options.level) threshold = options.level === "silent" ? Infinity : LEVELS[options.level];
  if (options.sink) sink = options.sink;
}
