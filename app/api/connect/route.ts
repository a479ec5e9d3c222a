import { parseFormBody } from "@/lib/api/body";
import { seeOther } from "@/lib/api/redirect";
import { userRoute } from "@/lib/api/route";
import { beginConnect } from "@/lib/connect/start";
import { appConfig } from "@/lib/env";
import { StartConnectForm } from "@/lib/schemas/connect";

/** "Connect a bank", "Try again", "Reconfirm": a plain form post that records a journey and goes on to Bud Connect. */
export const POST = userRoute(async ({ request, user }) => {
  const form = await parseFormBody(request, StartConnectForm);
  return seeOther(await beginConnect(user.id, form, appConfig().appUrl ?? request.nextUrl.origin));
});
