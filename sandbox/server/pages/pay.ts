/**
 * The hosted Bud Pay page. The payer arrives from the app's redirect, sees what they are about to pay, and
 * answers at their (mock) bank: approve, decline or cancel — or closes the tab, which leaves the payment to expire.
 * The answer is recorded once, then the page sends the payer back to the payment's `redirect_url` with
 * `payment_id` and `status` (`success`, `failure` or `cancelled`): the spec names no return parameters, so these are
 * ours. They only say what the payer did; the payment's outcome is what `GET /v1/payments/…/{payment_id}` reports.
 */
import { Hono, type Context } from "hono";
import { parseMoney } from "../../../lib/money";
import type { AppEnv } from "../context";
import { authorisePayment, type AuthorisationOutcome } from "../payments/authorise";
import type { StoredPayment } from "../store/state";
import { html, type SafeHtml } from "./html";
import { hostedPage, PAGES_PREFIX } from "./layout";

export const PAY_PATH = `${PAGES_PREFIX}pay/`;

export const payUrl = (publicUrl: string, paymentId: string) => `${publicUrl}${PAY_PATH}${paymentId}`;

const DECISIONS: Readonly<Record<string, { outcome: AuthorisationOutcome; status: string }>> = {
  approve: { outcome: "approved", status: "success" },
  decline: { outcome: "denied", status: "failure" },
  cancel: { outcome: "cancelled", status: "cancelled" },
};

type Money = { value: string; currency: string };
interface Party {
  name: string;
  type?: string;
  account_number?: string;
}

// Formatters are built once (per currency), never per render: each holds ICU objects outside the V8 heap.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/London" });

function formatMoney({ value, currency }: Money): string {
  const { minor } = parseMoney(value, currency);
  let format = moneyFormats.get(currency);
  if (!format) moneyFormats.set(currency, (format = new Intl.NumberFormat("en-GB", { style: "currency", currency })));
  return format.format(minor / 100);
}

const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** "Sort code 01-23-45, account ending 4567" or "IBAN ending 2606": enough to recognise, not to copy. */
function describeAccount(party: Party): string {
  const number = party.account_number ?? "";
  if (party.type === "IBAN") return `IBAN ending ${number.slice(-4)}`;
  return `Sort code ${number.slice(0, 2)}-${number.slice(2, 4)}-${number.slice(4, 6)}, account ending ${number.slice(-4)}`;
}

function when(payment: StoredPayment): string {
  const details = payment.details as { frequency?: string; first_payment_date?: string; last_payment_date?: string; requested_execution_date?: string };
  if (payment.kind === "standing-order") {
    const until = details.last_payment_date ? ` until ${formatDate(details.last_payment_date)}` : " until you cancel it";
    return `${details.frequency ?? ""}, from ${formatDate(details.first_payment_date ?? "")}${until}`.replace(/^./, (first) => first.toUpperCase());
  }
  if (payment.kind === "scheduled") return `On ${formatDate(details.requested_execution_date ?? "")}`;
  return "Now";
}

function summary(payment: StoredPayment, bankName: string): SafeHtml {
  const details = payment.details as { reference: string; recipient: Party; amount?: Money; recurring_amount?: Money };
  const money = (details.amount ?? details.recurring_amount)!;
  return html`<section class="card" aria-labelledby="summary">
<h2 id="summary">You are paying ${formatMoney(money)}</h2>
<dl class="facts">
<dt>To</dt><dd>${details.recipient.name}<br><span class="muted">${describeAccount(details.recipient)}</span></dd>
<dt>Reference</dt><dd>${details.reference}</dd>
<dt>When</dt><dd>${when(payment)}</dd>
<dt>From</dt><dd>Your account at ${bankName}</dd>
</dl>
</section>`;
}

function unusable(c: Context<AppEnv>, reason: "missing" | "used" | "expired"): Response {
  const pages = {
    missing: { title: "Payment link not found", text: "This payment link is not valid. Go back to the app and start the payment again." },
    used: { title: "Payment link already used", text: "This payment link has already been used. Go back to the app to see how your payment is doing." },
    expired: { title: "Payment link expired", text: "This payment link has expired and nothing was paid. Go back to the app and start the payment again." },
  } as const;
  const page = pages[reason];
  return hostedPage(c, { title: page.title, status: reason === "missing" ? 404 : 410, body: html`<p>${page.text}</p>` });
}

function usablePayment(c: Context<AppEnv>): StoredPayment | Response {
  const payment = c.var.deps.store.state.payments[c.req.param("payment_id") ?? ""];
  if (!payment) return unusable(c, "missing");
  if (payment.authorisation) return unusable(c, "used");
  if (c.var.deps.clock.now() >= payment.expires_at) return unusable(c, "expired");
  return payment;
}

export const payPageRoutes = new Hono<AppEnv>();

payPageRoutes.get(`${PAY_PATH}:payment_id`, (c) => {
  const payment = usablePayment(c);
  if (payment instanceof Response) return payment;
  const bank = c.var.deps.world.providers.find((provider) => provider.provider === payment.provider);
  const bankName = bank?.display_name ?? payment.provider;
  const logo = bank?.icon ? new URL(bank.icon).pathname : undefined;
  return hostedPage(c, {
    title: "Confirm your payment",
    formTargets: [new URL(payment.redirect_url).origin],
    body: html`${summary(payment, bankName)}
<section class="card" aria-labelledby="bank">
<h2 id="bank" class="with-logo">${logo ? html`<img class="logo" src="${logo}" alt="">` : ""}${bankName}</h2>
<p>Do you want to approve this payment from your ${bankName} account?</p>
<form method="post">
<button class="button" name="decision" value="approve">Approve payment</button>
<button class="button secondary" name="decision" value="decline">Decline</button>
<button class="button secondary" name="decision" value="cancel">Cancel and go back</button>
</form>
</section>`,
  });
});

payPageRoutes.post(`${PAY_PATH}:payment_id`, async (c) => {
  const payment = usablePayment(c);
  if (payment instanceof Response) return payment;
  const form = await c.req.parseBody();
  const decision = DECISIONS[String(form.decision ?? "")];
  if (!decision) return hostedPage(c, { title: "Choose an answer", status: 400, body: html`<p class="error">Approve, decline or cancel the payment.</p>` });
  const result = authorisePayment(c.var.deps, payment, decision.outcome, c.var.deps.clock.now());
  if (!result.ok) return unusable(c, result.reason === "expired" ? "expired" : "used");
  const back = new URL(payment.redirect_url);
  back.searchParams.set("payment_id", payment.payment_id);
  back.searchParams.set("status", decision.status);
  return c.redirect(back.toString(), 303);
});
