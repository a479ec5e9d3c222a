/**
 * The durations of one request's steps, as a `Server-Timing` header value. No `server-only`: the bench parses
 * the same format it is written in.
 */
export class StepTimes {
  private readonly durations = new Map<string, number>();

  /** A step that runs more than once in a request (two upstream calls) adds up. */
  add(name: string, ms: number): void {
    this.durations.set(name, (this.durations.get(name) ?? 0) + ms);
  }

  toHeader(): string {
    return [...this.durations].map(([name, ms]) => `${name};dur=${ms.toFixed(3)}`).join(", ");
  }
}

/** Step name → milliseconds, from a `Server-Timing` header (entries without a duration are skipped). */
export function parseServerTiming(header: string | null): Map<string, number> {
  const steps = new Map<string, number>();
  for (const entry of header?.split(",") ?? []) {
    const [name, ...params] = entry.split(";").map((part) => part.trim());
    const duration = params.find((param) => param.startsWith("dur="))?.slice(4);
    if (name && duration !== undefined && Number.isFinite(Number(duration))) {
      steps.set(name, (steps.get(name) ?? 0) + Number(duration));
    }
  }
  return steps;
}
