/**
 * Bud Pay ([C]: no customer header; the payer is `sender.user_id`): the payment providers, the three bud-pay-url
 * operations that start a hosted payment journey, the three status reads and the three searches. A payment is found only by the
 * client that created it and only at its own kind's path; anything else is the spec's 404.
 */
import { randomUUID } from "node:crypto";
import { Hono, type Context } from "hono";
import type { z } from "zod";
import { paymentProviders } from "../../data/payment-providers";
import { api } from "../auth/guard";
import { inMaintenance } from "../connect/maintenance";
import type { AppEnv } from "../context";
import { ok } from "../http/envelope";
import { BudApiError, failedValidation } from "../http/errors";
import { listParam, parseOrFail, queryObject, readJsonBody } from "../http/params";
import { payUrl } from "../pages/pay";
import { scheduledRequest, singleRequest, standingOrderRequest } from "../payments/schemas";
import { paymentFilters, searchPayments } from "../payments/search";
import { wirePayment } from "../payments/wire";
import type { PaymentKind, StoredPayment } from "../store/state";

/** How long a bud_pay_url stays usable (the spec does not say): after it, an unfinished payment has failed. */
export const PAY_URL_LIFETIME_MS = 15 * 60_000;

type Clock = () => number;

/** Per kind: where its details sit in the body, how they are validated on the stand-in clock, its operations. */
const KINDS: Record<PaymentKind, { detailsKey: string; request: (now: Clock) => z.ZodType; post: string; get: string; search: string }> = {
  single: {
    detailsKey: "payment_details",
    request: () => singleRequest,
    post: "v1_payments_single_bud_pay_url_post",
    get: "v1_payments_single_payment_id_get",
    search: "v1_payment_get",
  },
  "standing-order": {
    detailsKey: "standing_order_details",
    request: standingOrderRequest,
    post: "v1_payments_standing_order_bud_pay_url_post",
    get: "v1_payments_standing_order_payment_id_get",
    search: "v1_payments_standing_order_get",
  },
  scheduled: {
    detailsKey: "scheduled_payment_details",
    request: scheduledRequest,
    post: "v1_payments_scheduled_bud_pay_url_post",
    get: "v1_payments_scheduled_payment_id_get",
    search: "v1_payments_scheduled_get",
  },
};

/** A bank switched into maintenance (control API) is `inactive` here too, as in the Connect providers list. */
const providersOf = (c: Context<AppEnv>) =>
  paymentProviders(c.var.deps.world.providers).map((provider) =>
    inMaintenance(c.var.deps.store.state, provider.provider) ? { ...provider, maintenance_status: "inactive" as const } : provider,
  );

const notFound = () => new BudApiError(404, "failed_validation", "Invalid request payload.", { payment_id: "Value not found" });

export const paymentRoutes = new Hono<AppEnv>();

paymentRoutes.get("/v1/payments/providers", api("v1_payments_providers_get"), (c) => {
  const { country, type } = queryObject(c);
  const products = listParam(c, "product");
  const data = providersOf(c).filter(
    (provider) =>
      (country === undefined || country.split(",").includes(provider.country_code)) &&
      (type === undefined || type === "sandbox") &&
      (!products || products.every((product) => (provider.services as string[]).includes(product))),
  );
  return ok(c, data);
});

for (const [kind, spec] of Object.entries(KINDS) as [PaymentKind, (typeof KINDS)[PaymentKind]][]) {
  paymentRoutes.post(`/v1/payments/${kind}/bud-pay-url`, api(spec.post), async (c) => {
    const { clock, publicUrl } = c.var.deps;
    const body = parseOrFail(spec.request(() => clock.now()), await readJsonBody(c)) as { redirect_url: string; provider: string } & Record<string, Record<string, unknown>>;
    const details = body[spec.detailsKey]!;
    const money = (details.amount ?? details.recurring_amount) as { currency: "GBP" | "EUR" };
    const provider = providersOf(c).find((candidate) => candidate.provider === body.provider);
    if (!provider) throw failedValidation({ provider: ["unknown payment provider"] });
    if (provider.maintenance_status !== "active") throw failedValidation({ provider: ["provider is under maintenance"] });
    if (!provider.supported_currencies.includes(money.currency)) throw failedValidation({ provider: [`does not support ${money.currency}`] });
    const created = clock.now();
    const payment: StoredPayment = {
      payment_id: randomUUID(),
      client_id: c.var.client.client_id,
      kind,
      provider: provider.provider,
      redirect_url: body.redirect_url,
      details,
      created_at: created,
      expires_at: created + PAY_URL_LIFETIME_MS,
    };
    c.var.deps.store.state.payments[payment.payment_id] = payment;
    c.var.deps.store.changed();
    c.var.deps.paymentOutcomes.watch(payment);
    return ok(c, { bud_pay_url: payUrl(publicUrl, payment.payment_id), payment_id: payment.payment_id });
  });

  paymentRoutes.get(`/v1/payments/${kind}`, api(spec.search), (c) => {
    const { deps } = c.var;
    const now = deps.clock.now();
    const filters = paymentFilters(kind, (name) => c.req.header(name));
    const { items, metadata } = searchPayments(Object.values(deps.store.state.payments), kind, c.var.client.client_id, filters, now);
    return ok(c, items.map((payment) => wirePayment(payment, now)), metadata);
  });
  paymentRoutes.get(`/v1/payments/${kind}/:payment_id`, api(spec.get), (c) => {
    const payment = c.var.deps.store.state.payments[c.req.param("payment_id")];
    if (payment?.client_id !== c.var.client.client_id || payment.kind !== kind) throw notFound();
    c.var.deps.paymentOutcomes.announceIfDue(payment);
    return ok(c, wirePayment(payment, c.var.deps.clock.now()));
  });
}
