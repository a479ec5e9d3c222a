"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide-react";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { requestReset } from "@/components/auth/password-reset-api";
import { Button } from "@/components/ui/button";
import { showApiError } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { RESET_LINK_MINUTES, resetRequestSchema, type ResetRequestInput } from "@/lib/schemas/password-reset";

const BACK = (
  <AuthSwitchLink prompt="Remembered it?" href="/sign-in">
    Sign in
  </AuthSwitchLink>
);

/** Asks for a reset link. The answer is the same whether or not the email has an account, and says so. */
export function ForgotPasswordForm() {
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, setError, getValues } = useForm<ResetRequestInput>({
    resolver: zodResolver(resetRequestSchema),
    defaultValues: { email: "" },
  });
  const request = useMutation({
    mutationFn: requestReset,
    onError: (error) => setMessage(showApiError(error, ["email"], setError)),
  });

  if (request.isSuccess) {
    return (
      <div className="flex flex-col gap-6">
        <div role="status" className="flex items-start gap-2.5 rounded-lg bg-accent-soft px-3.5 py-3 text-sm text-text">
          <MailCheck className="mt-px size-4 shrink-0 text-accent-soft-text" />
          <p>
            If an account uses {getValues("email").trim()}, we have sent it a link to choose a new password. The link
            works once, for {RESET_LINK_MINUTES} minutes. Check your spam folder if it doesn’t arrive.
          </p>
        </div>
        {BACK}
      </div>
    );
  }
  return (
    <AuthForm
      error={message}
      onSubmit={() => {
        setMessage(null);
        void handleSubmit((values) => request.mutate(values))();
      }}
      after={BACK}
    >
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        error={formState.errors.email?.message}
        {...register("email")}
      />
      <Button type="submit" size="lg" className="mt-2" loading={request.isPending}>
        Send reset link
      </Button>
    </AuthForm>
  );
}
