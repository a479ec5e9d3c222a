"use client";

import { LogOut } from "lucide-react";
import { useState } from "react";
import { preloadNextAuth, signOut } from "@/components/auth/next-auth-client";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
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
      {!pending && <LogOut className="size-4" />}
      Sign out
    </Button>
  );
}
