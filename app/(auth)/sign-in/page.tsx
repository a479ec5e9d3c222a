import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { DEMO_ACCOUNT } from "@/components/auth/demo-account";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SignedOutNotice } from "@/components/auth/signed-out-notice";
import { appConfig, sessionConfig } from "@/lib/env";
import { safeReturnPath } from "@/lib/security/return-path";

export const metadata: Metadata = { title: "Sign in" };

const REASONS = ["idle", "expired"] as const;

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl, reason } = await searchParams;
  const ended = REASONS.find((known) => known === reason);
  return (
    <AuthPanel title="Sign in" description="Welcome back. All your accounts, in one calm place.">
      {ended && <SignedOutNotice reason={ended} {...sessionConfig()} />}
      <SignInForm
        callbackUrl={safeReturnPath(typeof callbackUrl === "string" ? callbackUrl : null) ?? undefined}
        demo={appConfig().demo ? DEMO_ACCOUNT : null}
      />
    </AuthPanel>
  );
}
