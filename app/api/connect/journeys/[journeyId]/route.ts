import { userRoute } from "@/lib/api/route";
import { journeyProgress } from "@/lib/connect/progress";

export const GET = userRoute<{ journeyId: string }>(({ user, params }) => journeyProgress(user.id, params.journeyId));
