/**
 * What the payer does at their bank on the hosted Bud Pay page (and what tests do through the control API):
 * approve, deny or cancel, once, before the URL expires. Funds are checked at approval, as a bank does.
 */
import type { ServerDeps } from "../context";
import type { StoredPayment } from "../store/state";
import { fundsAvailable } from "./funds";

export type AuthorisationOutcome = NonNullable<StoredPayment["authorisation"]>["outcome"];

export type AuthoriseResult = { ok: true } | { ok: false; reason: "expired" | "already_authorised" };

export function authorisePayment(deps: ServerDeps, payment: StoredPayment, outcome: AuthorisationOutcome, now: number): AuthoriseResult {
  if (payment.authorisation) return { ok: false, reason: "already_authorised" };
  if (now >= payment.expires_at) return { ok: false, reason: "expired" };
  payment.authorisation = { outcome, at: now, funds_available: outcome === "approved" ? fundsAvailable(deps, payment) : true };
  deps.store.changed();
  deps.paymentOutcomes.watch(payment);
  return { ok: true };
}
