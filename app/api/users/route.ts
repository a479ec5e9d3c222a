import { parseJsonBody } from "@/lib/api/body";
import { errorResponse, jsonResponse } from "@/lib/api/errors";
import { publicRoute } from "@/lib/api/route";
import { signUpSchema } from "@/lib/schemas/auth";
import { signUp } from "@/lib/auth/sign-up";

/** Sign-up. The session is then opened by the standard credentials sign-in. */
export const POST = publicRoute(async ({ request }) => {
  const result = await signUp(await parseJsonBody(request, signUpSchema));
  if (result.ok) return jsonResponse({ created: true }, 201);
  if (result.error === "email_taken") {
    return errorResponse(409, "email_taken", "An account with this email already exists.", {
      fields: { email: "An account with this email already exists. Sign in instead." },
    });
  }
  const fields = Object.fromEntries(Object.entries(result.fieldErrors).filter(([, message]) => message)) as Record<string, string>;
  return errorResponse(400, "invalid_input", "Some of the details you sent aren’t valid.", { fields });
});
