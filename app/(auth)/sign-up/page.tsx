import type { Metadata } from "next";
import { AuthPanel } from "@/components/auth/auth-panel";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <AuthPanel title="Create your account" description="See every bank account you have, in one place.">
      <SignUpForm />
    </AuthPanel>
  );
}
