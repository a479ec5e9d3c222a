import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <AuthPanel title="Forgot your password?" description="Enter your email and we’ll send you a link to choose a new one.">
      <ForgotPasswordForm />
    </AuthPanel>
  );
}
