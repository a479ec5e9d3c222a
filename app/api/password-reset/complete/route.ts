import { parseJsonBody } from "@/lib/api/body";
import { errorResponse } from "@/lib/api/errors";
import { publicRoute } from "@/lib/api/route";
import { resetPassword } from "@/lib/auth/password-reset";
import { RESET_LINK_INVALID } from "@/lib/rules/password-reset";
import { resetCompletionSchema } from "@/lib/schemas/password-reset";

/** Sets a new password with a reset link's token; the user's sessions all end. */
export const POST = publicRoute(async ({ request }) => {
  const { token, password } = await parseJsonBody(request, resetCompletionSchema);
  if (await resetPassword(token, password)) return { done: true };
  return errorResponse(400, "invalid_input", RESET_LINK_INVALID, { fields: { token: RESET_LINK_INVALID } });
});
