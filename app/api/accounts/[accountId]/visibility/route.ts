import { setAccountHidden } from "@/lib/accounts";
import { parseJsonBody } from "@/lib/api/body";
import { AccountIdParams } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";
import { AccountVisibility } from "@/lib/schemas/accounts";

export const PUT = userRoute<{ accountId: string }>(async ({ user, params, request }) => {
  const { accountId } = AccountIdParams.parse(params);
  const { hiddenFromTotals } = await parseJsonBody(request, AccountVisibility);
  return setAccountHidden(user.id, accountId, hiddenFromTotals);
});
