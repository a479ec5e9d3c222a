"use client";

import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import { useState } from "react";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { focusFirstInvalid } from "@/components/auth/focus-first-invalid";
import { requestReset } from "@/components/auth/password-reset-api";
import { Button } from "@/components/ui/button";
import { showApiError } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { RESET_LINK_MINUTES, resetRequestSchema } from "@/lib/schemas/password-reset";

const BACK = (
  <AuthSwitchLink prompt="Remembered it?" href="/sign-in">
    Sign in
  </AuthSwitchLink>
);

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account, and says so. One field,
 * so it keeps its own state as the sign-up form does, checked with the route's own schema (react-hook-form would
 * be 13 kB of this page's JavaScript; README → Performance → Pages).
 */
export function ForgotPasswordForm() {
  const [email, setEmail] = useState("");
  const [emailError, setEmailError] = useState<string | undefined>();
  const [message, setMessage] = useState<string | null>(null);
  const request = useMutation({ mutationFn: requestReset });

  async function submit(form: HTMLFormElement) {
    setMessage(null);
    const parsed = resetRequestSchema.safeParse({ email });
    setEmailError(parsed.error?.issues[0]?.message);
    if (!parsed.success) return focusFirstInvalid(form);
    try {
      await request.mutateAsync(parsed.data);
    } catch (error) {
      setMessage(
        showApiError(error, ["email"], (_field, { message: onField }) => {
          setEmailError(onField);
          focusFirstInvalid(form);
        }),
      );
    }
  }

  if (request.isSuccess) {
    return (
      <div className="flex flex-col gap-6">
        <div role="status" className="flex items-start gap-2.5 rounded-lg bg-accent-soft px-3.5 py-3 text-sm text-text">
          <MailCheck className="mt-px size-4 shrink-0 text-accent-soft-text" />
          <p>
            If an account uses {email.trim()}, we have sent it a link to choose a new password. The link works once,
            for {RESET_LINK_MINUTES} minutes. Check your spam folder if it doesn’t arrive.
          </p>
        </div>
        {BACK}
      </div>
    );
  }
  return (
    <AuthForm error={message} onSubmit={(form) => void submit(form)} after={BACK}>
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        error={emailError}
        onChange={(event) => {
          setEmail(event.target.value);
          // The message was about the old value.
          setEmailError(undefined);
        }}
      />
      <Button type="submit" size="lg" className="mt-2" loading={request.isPending}>
        Send reset link
      </Button>
    </AuthForm>
  );
}
