import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { DEMO_ACCOUNT } from "@/components/auth/demo-account";
import { SignInForm } from "@/components/auth/sign-in-form";
import { appConfig } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthPanel title="Sign in" description="Welcome back. All your accounts, in one calm place.">
      <SignInForm
        callbackUrl={typeof callbackUrl === "string" ? callbackUrl : undefined}
        demo={appConfig().demo ? DEMO_ACCOUNT : null}
      />
    </AuthPanel>
  );
}
