import { parseJsonBody } from "@/lib/api/body";
import { errorResponse, jsonResponse } from "@/lib/api/errors";
import { publicRoute } from "@/lib/api/route";
import { clientIp } from "@/lib/auth/client-ip";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { appConfig } from "@/lib/env";
import { resetRequestSchema } from "@/lib/schemas/password-reset";

/** "Forgot your password?": the same answer whether or not the email has an account; limited per email and address. */
export const POST = publicRoute(async ({ request }) => {
  const { email } = await parseJsonBody(request, resetRequestSchema);
  // The public URL, never the Host header: a forged Host must not put someone else's server in the link.
  const origin = new URL(appConfig().appUrl ?? request.url).origin;
  const result = await requestPasswordReset({
    email,
    ip: clientIp(Object.fromEntries(request.headers)),
    linkFor: (token) => `${origin}/reset-password?token=${token}`,
  });
  if (!result.allowed) {
    return errorResponse(429, "rate_limited", result.message, { headers: { "Retry-After": String(result.retryAfterSeconds) } });
  }
  // Not awaited: sendMail logs its own failures, and waiting would make known addresses answer more slowly.
  void result.delivery;
  return jsonResponse({ requested: true }, 202);
});
