import { userRoute } from "@/lib/api/route";
import { deleteConnectionData } from "@/lib/connections";

/** "Delete this bank's data": revokes access and deletes the bank's accounts and transactions at Bud. */
export const DELETE = userRoute<{ consentId: string }>(async ({ user, params }) => {
  await deleteConnectionData(user.id, params.consentId);
  return { deleted: true };
});
