"use client";

import { useState } from "react";
import { preloadNextAuth, signOut } from "@/components/auth/next-auth-client";
import { Button } from "@/components/ui/button";

/** `icon` is drawn by the server (user-card.tsx), so no icon code ships with the button. */
export function SignOutButton({ icon }: { icon: React.ReactNode }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="ghost"
      size="sm"
      loading={pending}
      onPointerEnter={preloadNextAuth}
      onFocus={preloadNextAuth}
      onClick={() => {
        setPending(true);
        void signOut({ callbackUrl: "/sign-in" });
      }}
    >
      {!pending && icon}
      Sign out
    </Button>
  );
}
