import { Info } from "lucide";
import { Icon } from "@/components/ui/icon";
import type { SessionEnd } from "@/lib/schemas/auth";

export interface SignedOutNoticeProps {
  reason: SessionEnd;
  idleTimeoutSeconds: number;
  absoluteLifetimeSeconds: number;
}

/** "30 minutes", "12 hours", "1 hour": whole hours when they are, minutes otherwise. */
function duration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const [count, unit] = minutes % 60 === 0 ? [minutes / 60, "hour"] : [minutes, "minute"];
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** Why the user is on the sign-in page again, when their session ended by itself rather than by signing out. */
export function SignedOutNotice({ reason, idleTimeoutSeconds, absoluteLifetimeSeconds }: SignedOutNoticeProps) {
  const message =
    reason === "idle"
      ? `You were signed out after ${duration(idleTimeoutSeconds)} without activity. Please sign in again.`
      : `You were signed out after ${duration(absoluteLifetimeSeconds)}; please sign in again.`;
  return (
    <div role="status" className="mb-6 flex items-start gap-2.5 rounded-lg bg-accent-soft px-3.5 py-3 text-sm text-text">
      <Icon of={Info} className="mt-px size-4 shrink-0 text-accent-soft-text" />
      <p>{message}</p>
    </div>
  );
}
