import { parseJsonBody } from "@/lib/api/body";
import { errorResponse } from "@/lib/api/errors";
import { userRoute } from "@/lib/api/route";
import { changePassword } from "@/lib/auth/session";
import { assertNotSharedDemoUser } from "@/lib/demo/shared-demo-guard";
import { passwordChangeSchema } from "@/lib/schemas/settings";
import { securityEvent } from "@/lib/security/events";

/** A new password; every session ends, this one included (the page signs in again with the new password). */
export const PUT = userRoute(async ({ request, user }) => {
  const { currentPassword, newPassword } = await parseJsonBody(request, passwordChangeSchema);
  // Everyone signs in to the demo with the published password: changing it would lock them all out.
  assertNotSharedDemoUser(user.id, "change the password");
  const result = await changePassword(user.id, currentPassword, newPassword);
  if (result.ok) {
    securityEvent("password_changed", { userId: user.id });
    return { done: true };
  }
  if (result.error === "rate_limited") return errorResponse(429, "rate_limited", result.message);
  const field = result.error === "wrong_password" ? "currentPassword" : "newPassword";
  return errorResponse(400, "invalid_input", result.message, { fields: { [field]: result.message } });
});
