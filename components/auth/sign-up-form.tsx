"use client";

import Link from "next/link";
import { useState } from "react";
import * as z from "@/lib/schemas/zod";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { createAccount, type NewAccount } from "@/components/auth/create-account";
import { focusFirstInvalid } from "@/components/auth/focus-first-invalid";
import { PasswordHint } from "@/components/auth/password-hint";
import { preloadNextAuth } from "@/components/auth/next-auth-client";
import { useCredentialsSignIn } from "@/components/auth/use-credentials-sign-in";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { signUpSchema } from "@/lib/schemas/auth";

type FieldErrors = Partial<Record<keyof NewAccount, React.ReactNode>>;

/** The server's own rules (lib/schemas/auth), checked before a round trip; the server checks them again. */
function check(account: NewAccount): FieldErrors {
  const parsed = signUpSchema.safeParse(account);
  if (parsed.success) return {};
  const { fieldErrors } = z.flattenError(parsed.error);
  return Object.fromEntries(Object.entries(fieldErrors).map(([key, messages]) => [key, messages?.[0]]));
}

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
  const [values, setValues] = useState<NewAccount>({ name: "", email: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  // Editing a field clears its error: the message was about the old value.
  const field = (key: keyof NewAccount) => ({
    name: key,
    value: values[key],
    error: fieldErrors[key],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      setValues((current) => ({ ...current, [key]: event.target.value }));
      setFieldErrors(({ [key]: _cleared, ...rest }) => rest);
    },
  });

  async function submit(form: HTMLFormElement) {
    const account = { ...values, name: values.name.trim(), email: values.email.trim() };
    const errors = check(account);
    setFieldErrors(errors);
    setMessage(null);
    if (Object.keys(errors).length > 0) return focusFirstInvalid(form);

    setPending(true);
    const created = await createAccount(account);
    const failure = created.ok ? await signInAs(account.email, account.password) : created.message;
    if (failure === null) return; // Signed in: stay busy until Overview replaces this page.
    if (!created.ok) {
      setFieldErrors(created.code === "email_taken" ? { email: EMAIL_TAKEN } : created.fields);
      focusFirstInvalid(form);
    }
    // Errors on fields we show speak for themselves; the general message is for everything else.
    const shownOnFields = !created.ok && Object.keys(created.fields).some((key) => key in values);
    if (!shownOnFields) setMessage(failure);
    setPending(false);
  }

  return (
    <AuthForm
      preload={preloadNextAuth}
      error={message}
      onSubmit={(form) => void submit(form)}
      after={
        <AuthSwitchLink prompt="Already have an account?" href="/sign-in">
          Sign in
        </AuthSwitchLink>
      }
    >
      <TextField label="Name" autoComplete="name" required {...field("name")} />
      <TextField label="Email" type="email" autoComplete="email" required {...field("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={values.password} />}
        {...field("password")}
      />
      <Button type="submit" size="lg" className="mt-2" loading={pending}>
        Create account
      </Button>
    </AuthForm>
  );
}
