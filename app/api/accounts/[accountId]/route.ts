import { getAccount } from "@/lib/accounts";
import { AccountIdParams } from "@/lib/api/params";
import { userRoute } from "@/lib/api/route";

export const GET = userRoute<{ accountId: string }>(({ user, params }) =>
  getAccount(user.id, AccountIdParams.parse(params).accountId),
);
