import { userRoute } from "@/lib/api/route";
import { revokeConnection } from "@/lib/connections";

export const POST = userRoute<{ consentId: string }>(async ({ user, params }) => {
  await revokeConnection(user.id, params.consentId);
  return { revoked: true };
});
