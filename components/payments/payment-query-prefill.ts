import type { PaymentPrefill } from "@/components/payments/use-payment-form";
import { ProviderId } from "@/lib/schemas/provider-id";
import { PaymentKind } from "@/lib/schemas/payments";

/*
 * What opens the form already filled in from a link's query string (a goal's "Top up", a transfer). Only the form's
 * own fields are taken, and never an idempotency key: a prefilled form is a new payment. Read by the page on the
 * server, so its zod stays out of the browser.
 */

type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/**
 * `/payments/new?toAccountId=…&amount=…&reference=…&goalId=…&kind=…&provider=…` as the form's starting values;
 * `provider` preselects the paying bank (a shortfall's transfer names the bank it moves money from).
 */
export function prefillFromQuery(params: SearchParams): PaymentPrefill {
  const toAccountId = first(params.toAccountId);
  const kind = PaymentKind.safeParse(first(params.kind));
  const provider = ProviderId.safeParse(first(params.provider));
  const prefill: PaymentPrefill = {
    amount: first(params.amount),
    reference: first(params.reference),
    goalId: first(params.goalId),
    ...(kind.success && { kind: kind.data }),
    ...(provider.success && { provider: provider.data }),
    ...(toAccountId && { recipientType: "own_account" as const, toAccountId }),
  };
  return prefill;
}
