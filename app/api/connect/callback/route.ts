import { seeOther } from "@/lib/api/redirect";
import { publicRoute } from "@/lib/api/route";
import { getCurrentUser } from "@/lib/auth/session";
import { returnFromBud } from "@/lib/connect/callback";
import { signInPath } from "@/lib/security/return-path";

/**
 * Where Bud Connect sends the customer back. Public only so that a customer whose session ended on the bank's
 * screens is sent to sign in and then back here; the journey itself is found for the signed-in user alone.
 */
export const GET = publicRoute(async ({ request }) => {
  const user = await getCurrentUser();
  const { pathname, search } = request.nextUrl;
  if (!user) return seeOther(signInPath({ returnTo: `${pathname}${search}` }));
  return seeOther(await returnFromBud(user.id, request.nextUrl.searchParams));
});
