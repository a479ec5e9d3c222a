import { parseJsonBody } from "@/lib/api/body";
import { errorResponse, jsonResponse } from "@/lib/api/errors";
import { publicRoute } from "@/lib/api/route";
import { clientIp } from "@/lib/auth/client-ip";
import { reserveSignUp } from "@/lib/auth/rate-limit";
import { signUpSchema } from "@/lib/schemas/auth";
import { signUp } from "@/lib/auth/sign-up";

/** Sign-up, limited per client address. The session is then opened by the standard credentials sign-in. */
export const POST = publicRoute(async ({ request }) => {
  const input = await parseJsonBody(request, signUpSchema);
  const limit = await reserveSignUp(clientIp(Object.fromEntries(request.headers)));
  if (!limit.allowed) {
    return errorResponse(429, "rate_limited", limit.message, { headers: { "Retry-After": String(limit.retryAfterSeconds) } });
  }
  const result = await signUp(input);
  if (result.ok) return jsonResponse({ created: true }, 201);
  if (result.error === "email_taken") {
    return errorResponse(409, "email_taken", "An account with this email already exists.", {
      fields: { email: "An account with this email already exists. Sign in instead." },
    });
  }
  const fields = Object.fromEntries(Object.entries(result.fieldErrors).filter(([, message]) => message)) as Record<string, string>;
  return errorResponse(400, "invalid_input", "Some of the details you sent aren’t valid.", { fields });
});
