import { userRoute } from "@/lib/api/route";
import { getConnections } from "@/lib/connections";

export const GET = userRoute(({ user }) => getConnections(user.id));
