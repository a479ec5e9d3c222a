"use client";

import { useMutation } from "@tanstack/react-query";
import { signIn } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { PasswordHint } from "@/components/auth/password-hint";
import { changePassword } from "@/components/settings/settings-api";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useFormFields } from "@/components/ui/use-form-fields";
import { currentPasswordRule, passwordRule } from "@/lib/rules/password";
import type { PasswordChangeInput } from "@/lib/schemas/settings";

const RULES = { currentPassword: currentPasswordRule, newPassword: passwordRule };
const FIELDS = ["currentPassword", "newPassword"] as const;

/**
 * Changes the password. The server ends every session, this one too; signing in again here with the new
 * password keeps this browser signed in, so in effect only the other sessions end.
 */
export function PasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const fields = useFormFields({ currentPassword: "", newPassword: "" });
  const change = useMutation({
    mutationFn: async (input: PasswordChangeInput) => {
      await changePassword(input);
      return signIn("credentials", { email, password: input.newPassword, redirect: false });
    },
    onSuccess: (signedIn) => {
      fields.reset();
      if (signedIn?.ok) {
        toast.success("Password changed. Every other device has been signed out.");
        router.refresh();
      } else {
        // Changed, but signing in again failed: the old session is gone, so sign-in is the way on.
        router.replace("/sign-in");
      }
    },
  });

  function submit(form: HTMLFormElement) {
    const values = fields.check(form, RULES);
    if (values) change.mutate(values, { onError: (error) => fields.showApiError(form, error, FIELDS) });
  }

  return (
    <Form error={fields.message} onSubmit={submit}>
      <TextField label="Current password" type="password" autoComplete="current-password" required {...fields.field("currentPassword")} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={fields.values.newPassword} />}
        {...fields.field("newPassword")}
      />
      <div>
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </div>
    </Form>
  );
}
