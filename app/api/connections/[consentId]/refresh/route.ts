import { errorResponse, jsonResponse } from "@/lib/api/errors";
import { userRoute } from "@/lib/api/route";
import { refreshConnection } from "@/lib/connections";
import { formatRetryWait } from "@/lib/format";

/** "Refresh now": starts Bud's refresh of this bank, at most once every few minutes per bank. */
export const POST = userRoute<{ consentId: string }>(async ({ user, params }) => {
  const request = await refreshConnection(user.id, params.consentId);
  if (request.allowed) return jsonResponse(request.started, 202);
  const seconds = Math.max(1, Math.ceil((request.retryAt.getTime() - Date.now()) / 1000));
  return errorResponse(429, "rate_limited", `${request.bank} was refreshed moments ago. You can refresh it again ${formatRetryWait(seconds)}.`, {
    headers: { "Retry-After": String(seconds) },
  });
});
