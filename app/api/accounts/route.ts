import { getAccounts } from "@/lib/accounts";
import { userRoute } from "@/lib/api/route";

export const GET = userRoute(({ user }) => getAccounts(user.id));
