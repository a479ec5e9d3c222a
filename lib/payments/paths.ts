import type { LinkProblem } from "@/lib/schemas/connect";

/* Our own pages and callback in the Bud Pay journey. Browser-safe. */

/** Where Bud Pay sends the payer back: fixed, with only the intent's state added. */
export const PAYMENT_CALLBACK_PATH = "/api/payments/callback";
export const paymentPath = (intentId: string) => `/payments/${encodeURIComponent(intentId)}`;
export const paymentLinkProblemPath = (reason: LinkProblem) => `/payments/link-problem?reason=${reason}`;
