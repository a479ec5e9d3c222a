import { parseJsonBody } from "@/lib/api/body";
import { errorResponse } from "@/lib/api/errors";
import { userRoute } from "@/lib/api/route";
import { accountDeletionSchema, profileSchema } from "@/lib/schemas/settings";
import { deleteAccount } from "@/lib/settings/delete-account";
import { updateProfile } from "@/lib/settings/profile";

/** Name and email. Field errors name the field the form shows them on. */
export const PATCH = userRoute(async ({ request, user }) => {
  const input = await parseJsonBody(request, profileSchema);
  const result = await updateProfile(user.id, user, input);
  if (result.ok) return result.profile;
  switch (result.error) {
    case "email_taken":
      return errorResponse(409, "email_taken", result.message, { fields: { email: result.message } });
    case "rate_limited":
      return errorResponse(429, "rate_limited", result.message);
    default:
      return errorResponse(400, "invalid_input", result.message, { fields: { currentPassword: result.message } });
  }
});

/** Deletes the account, at Bud first; confirmed by the account's email in the body. */
export const DELETE = userRoute(async ({ request, user }) => {
  const { email } = await parseJsonBody(request, accountDeletionSchema);
  await deleteAccount(user.id, email, user.email);
  return { done: true };
});
