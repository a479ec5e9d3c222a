"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "@/components/auth/next-auth-client";
import { signOutEverywhere } from "@/components/settings/settings-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FALLBACK_MESSAGE } from "@/lib/api-fetch";

/** Ends every session of the account, then this browser's too, and lands on sign-in. */
export function SignOutEverywhere() {
  const end = useMutation({
    mutationFn: async () => {
      await signOutEverywhere();
      await signOut({ callbackUrl: "/sign-in" });
    },
  });
  return (
    <div className="flex flex-col items-start gap-3">
      {end.isError && <Alert>{end.error instanceof Error ? end.error.message : FALLBACK_MESSAGE}</Alert>}
      <Button variant="secondary" loading={end.isPending || end.isSuccess} onClick={() => end.mutate()}>
        Sign out everywhere
      </Button>
    </div>
  );
}
