import type { PaymentPrefill } from "@/components/payments/use-payment-form";
import { ProviderId } from "@/lib/schemas/provider-id";
import { PaymentFormFields, PaymentKind } from "@/lib/schemas/payments";

/*
 * What opens the form already filled in: a link's query string (a goal's "Top up", a transfer) or a past payment's
 * values ("Try again"). Only the form's own fields are taken, and never an idempotency key: a prefilled form is a
 * new payment. Browser-safe.
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

const FIELDS = new Set(Object.keys(PaymentFormFields.shape).filter((name) => name !== "idempotencyKey"));

/** A past payment's values (from `/api/payments/<id>/again`), keeping only the form's own fields. */
export function prefillFromValues(values: Record<string, string>): PaymentPrefill {
  return Object.fromEntries(Object.entries(values).filter(([name]) => FIELDS.has(name))) as PaymentPrefill;
}
