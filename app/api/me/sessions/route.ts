import { userRoute } from "@/lib/api/route";
import { revokeAllSessions } from "@/lib/auth/revoke";
import { securityEvent } from "@/lib/security/events";

/** Sign out everywhere: every session of the user ends, on every device, this one included. */
export const DELETE = userRoute(async ({ user }) => {
  await revokeAllSessions(user.id);
  securityEvent("sessions_revoked", { userId: user.id });
  return { done: true };
});
