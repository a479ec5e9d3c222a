"use client";

import { useMutation } from "@tanstack/react-query";
import { MailCheck } from "lucide";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { requestReset } from "@/components/auth/password-reset-api";
import { Button } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";
import { TextField } from "@/components/ui/text-field";
import { useFormFields } from "@/components/ui/use-form-fields";
import { emailRule } from "@/lib/rules/email";
import { RESET_LINK_MINUTES } from "@/lib/rules/password-reset";

const BACK = (
  <AuthSwitchLink prompt="Remembered it?" href="/sign-in">
    Sign in
  </AuthSwitchLink>
);

const RULES = { email: emailRule };

/**
 * Asks for a reset link. The answer is the same whether or not the email has an account, and says so. Checked
 * with the route's own rule (lib/rules/email) before a round trip.
 */
export function ForgotPasswordForm() {
  const fields = useFormFields({ email: "" });
  const request = useMutation({ mutationFn: requestReset });

  function submit(form: HTMLFormElement) {
    const values = fields.check(form, RULES);
    if (values) request.mutate(values, { onError: (error) => fields.showApiError(form, error, ["email"]) });
  }

  if (request.isSuccess) {
    return (
      <div className="flex flex-col gap-6">
        <div role="status" className="flex items-start gap-2.5 rounded-lg bg-accent-soft px-3.5 py-3 text-sm text-text">
          <Icon of={MailCheck} className="mt-px size-4 shrink-0 text-accent-soft-text" />
          <p>
            If an account uses {fields.values.email.trim()}, we have sent it a link to choose a new password. The link
            works once, for {RESET_LINK_MINUTES} minutes. Check your spam folder if it doesn’t arrive.
          </p>
        </div>
        {BACK}
      </div>
    );
  }
  return (
    <AuthForm error={fields.message} onSubmit={submit} after={BACK}>
      <TextField label="Email" type="email" autoComplete="email" required {...fields.field("email")} />
      <Button type="submit" size="lg" className="mt-2" loading={request.isPending}>
        Send reset link
      </Button>
    </AuthForm>
  );
}
