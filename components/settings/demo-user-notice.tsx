"use client";

import { Info } from "lucide";
import { signOut } from "@/components/auth/next-auth-client";
import { Icon } from "@/components/ui/icon";

/**
 * Why a shared demo user cannot do something here, with the way to do it: an account of one's own. Sign-up is
 * reached by signing out of the demo first (signed-in visitors are sent away from it).
 */
export function DemoUserNotice({ action }: { action: string }) {
  return (
    <div role="note" className="flex items-start gap-2.5 rounded-lg bg-accent-soft px-3.5 py-3 text-sm text-text">
      <Icon of={Info} className="mt-px size-4 shrink-0 text-accent-soft-text" />
      <p>
        The demo account is shared by everyone who tries Budgie, so it can’t {action}.{" "}
        <button
          type="button"
          className="font-semibold underline underline-offset-4"
          onClick={() => void signOut({ callbackUrl: "/sign-up" })}
        >
          Create your own account
        </button>{" "}
        to try it.
      </p>
    </div>
  );
}
