import { userRoute } from "@/lib/api/route";
import { refreshProgress } from "@/lib/connections";

export const GET = userRoute<{ consentId: string; taskId: string }>(({ user, params }) =>
  refreshProgress(user.id, params.consentId, params.taskId),
);
