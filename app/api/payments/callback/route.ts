import { seeOther } from "@/lib/api/redirect";
import { publicRoute } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/auth/session";
import { returnFromBudPay } from "@/lib/payments/callback";
import { signInPath } from "@/lib/security/return-path";

/**
 * Where Bud Pay sends the payer back. Public only so that a payer whose session ended at the bank is sent to sign
 * in and then back here; the payment itself is found for the signed-in user alone.
 */
export const GET = publicRoute(async ({ request }) => {
  const user = await getCurrentUser();
  const { pathname, search } = request.nextUrl;
  if (!user) return seeOther(signInPath({ returnTo: `${pathname}${search}` }));
  return seeOther(await returnFromBudPay(user.id, request.nextUrl.searchParams));
});
