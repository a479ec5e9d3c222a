import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

/** The reset link's page. The token is checked when the form is sent; a bad one is answered there. */
export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await searchParams;
  return (
    <AuthPanel title="Choose a new password" description="Every device signed in to your account will be signed out.">
      <ResetPasswordForm token={typeof token === "string" ? token : ""} />
    </AuthPanel>
  );
}
