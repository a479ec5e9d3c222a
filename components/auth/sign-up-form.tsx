"use client";

import Link from "next/link";
import { useState } from "react";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { createAccount } from "@/components/auth/create-account";
import { PasswordHint } from "@/components/auth/password-hint";
import { preloadNextAuth } from "@/components/auth/next-auth-client";
import { useCredentialsSignIn } from "@/components/auth/use-credentials-sign-in";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useFormFields } from "@/components/ui/use-form-fields";
import { emailRule } from "@/lib/rules/email";
import { nameRule } from "@/lib/rules/name";
import { passwordRule } from "@/lib/rules/password";

/** The server's own rules (lib/rules), checked before a round trip; the server checks them again. */
const RULES = { name: nameRule, email: emailRule, password: passwordRule };

/** The duplicate-email error offers the way forward as a real link. */
const EMAIL_TAKEN = (
  <>
    An account with this email already exists.{" "}
    <Link href="/sign-in" className="font-semibold underline underline-offset-4">
      Sign in instead.
    </Link>
  </>
);

export function SignUpForm() {
  const signInAs = useCredentialsSignIn("/");
  const fields = useFormFields({ name: "", email: "", password: "" });
  const [pending, setPending] = useState(false);

  async function submit(form: HTMLFormElement) {
    const account = fields.check(form, RULES);
    if (!account) return;

    setPending(true);
    const created = await createAccount(account);
    const failure = created.ok ? await signInAs(account.email, account.password) : created.message;
    if (failure === null) return; // Signed in: stay busy until Overview replaces this page.
    if (!created.ok) fields.showErrors(form, created.code === "email_taken" ? { email: EMAIL_TAKEN } : created.fields);
    // Errors on fields we show speak for themselves; the general message is for everything else.
    const shownOnFields = !created.ok && Object.keys(created.fields).some((key) => key in RULES);
    if (!shownOnFields) fields.setMessage(failure);
    setPending(false);
  }

  return (
    <AuthForm
      preload={preloadNextAuth}
      error={fields.message}
      onSubmit={(form) => void submit(form)}
      after={
        <AuthSwitchLink prompt="Already have an account?" href="/sign-in">
          Sign in
        </AuthSwitchLink>
      }
    >
      <TextField label="Name" autoComplete="name" required {...fields.field("name")} />
      <TextField label="Email" type="email" autoComplete="email" required {...fields.field("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={fields.values.password} />}
        {...fields.field("password")}
      />
      <Button type="submit" size="lg" className="mt-2" loading={pending}>
        Create account
      </Button>
    </AuthForm>
  );
}
