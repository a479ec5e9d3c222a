/**
 * Fault rules: which requests misbehave, and how. Switched per run by SANDBOX_FAULTS (a JSON array of rules),
 * and at run time through the control API or the FaultController that startSandbox returns.
 */
import { z } from "zod";

export const faultRuleSchema = z
  .object({
    /** HTTP method to match (any when omitted). */
    method: z.string().min(1).optional(),
    /** Exact path, or a glob where `*` matches any characters including `/` (e.g. `/financial/*`). */
    path: z.string().startsWith("/"),
    /** Answer with this status and a Bud-style error body instead of running the route. */
    status: z.number().int().min(400).max(599).optional(),
    /** Retry-After header value sent with `status`. */
    retryAfter: z.string().min(1).optional(),
    /** Delay before answering (or before the other effects of the rule). */
    latencyMs: z.number().int().min(0).max(600_000).optional(),
    /** Never answer; the connection stays open until the client gives up or the sandbox closes. */
    hang: z.boolean().optional(),
    /** Answer 200 with a truncated JSON body. */
    malformed: z.boolean().optional(),
    /** Apply to the next N matching requests only, then drop the rule. */
    times: z.number().int().min(1).optional(),
    /**
     * Only requests for this customer (its X-Customer-Id header), so parallel tests each fault their own
     * customer; without it the rule matches every request. Calls that name no customer never match a scoped rule.
     */
    customerId: z.uuid().transform((id) => id.toLowerCase()).optional(),
  })
  .strict();

export type FaultRule = z.infer<typeof faultRuleSchema>;

/** One rule or an array of them, as the control API accepts. */
export const faultRulesSchema = z.union([faultRuleSchema, z.array(faultRuleSchema)]);

/** Parses SANDBOX_FAULTS; throws an Error whose message says what is wrong. */
export function parseFaultRules(json: string | undefined): FaultRule[] {
  if (json === undefined || json.trim() === "") return [];
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new Error(`SANDBOX_FAULTS is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = z.array(faultRuleSchema).safeParse(raw);
  if (!parsed.success) throw new Error(`SANDBOX_FAULTS must be a JSON array of fault rules:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

export function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes("*")) return pattern === path;
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${source}$`).test(path);
}

export class FaultRules {
  private rules: FaultRule[] = [];

  add(rules: FaultRule | FaultRule[]): void {
    this.rules.push(
      ...(Array.isArray(rules) ? rules : [rules]).map((rule) => ({ ...rule, ...(rule.customerId && { customerId: rule.customerId.toLowerCase() }) })),
    );
  }

  /** Every rule, or only the rules scoped to `customerId`. */
  clear(customerId?: string): void {
    const scope = customerId?.toLowerCase();
    this.rules = scope === undefined ? [] : this.rules.filter((rule) => rule.customerId !== scope);
  }

  list(): FaultRule[] {
    return this.rules.map((rule) => ({ ...rule }));
  }

  /** The first rule matching the request, counting it as used; a rule whose `times` run out is dropped. */
  take(method: string, path: string, customerId?: string): FaultRule | undefined {
    const customer = customerId?.toLowerCase();
    const index = this.rules.findIndex(
      (rule) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.customerId === undefined || rule.customerId === customer) &&
        pathMatches(rule.path, path),
    );
    const rule = this.rules[index];
    if (!rule) return undefined;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times === 0) this.rules.splice(index, 1);
    }
    return rule;
  }
}
