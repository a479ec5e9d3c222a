import { parseFormBody } from "@/lib/api/body";
import { jsonResponse } from "@/lib/api/errors";
import { searchParamsObject } from "@/lib/api/params";
import { seeOther } from "@/lib/api/redirect";
import { userRoute } from "@/lib/api/route";
import { appConfig } from "@/lib/env";
import { startPayment } from "@/lib/payments/start";
import { listPayments } from "@/lib/payments/views";
import { PaymentFormFields, PaymentListQuery } from "@/lib/schemas/payments";

/**
 * "Pay": a form post (Origin-checked) that records the payment under the form's idempotency key and goes on to Bud
 * Pay (303), or for a script asking for JSON, says where to go. A repeat of the same form goes where the first did.
 */
export const POST = userRoute(async ({ request, user }) => {
  const form = await parseFormBody(request, PaymentFormFields);
  const redirectTo = await startPayment(user, form, appConfig().appUrl ?? request.nextUrl.origin);
  return request.headers.get("accept")?.includes("application/json") ? jsonResponse({ redirectTo }) : seeOther(redirectTo);
});

export const GET = userRoute(async ({ request, user }) => listPayments(user.id, PaymentListQuery.parse(searchParamsObject(request))));
