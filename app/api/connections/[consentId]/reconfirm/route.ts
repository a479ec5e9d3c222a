import { userRoute } from "@/lib/api/route";
import { reconfirmConnection } from "@/lib/connections";

/** Extends the consent in place where Bud allows it; `extended: false` sends the browser through Bud Connect. */
export const POST = userRoute<{ consentId: string }>(({ user, params }) => reconfirmConnection(user.id, params.consentId));
