import { userRoute } from "@/lib/api/route";
import { getUpcoming } from "@/lib/insights/loaders";

export const GET = userRoute(({ user }) => getUpcoming(user.id));
