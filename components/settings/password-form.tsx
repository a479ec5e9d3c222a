"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { signIn } from "@/components/auth/next-auth-client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { PasswordHint } from "@/components/auth/password-hint";
import { changePassword } from "@/components/settings/settings-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { showApiError } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { passwordChangeSchema, type PasswordChangeInput } from "@/lib/schemas/settings";

const FIELDS = ["currentPassword", "newPassword"] as const;

/**
 * Changes the password. The server ends every session, this one too; signing in again here with the new
 * password keeps this browser signed in, so in effect only the other sessions end.
 */
export function PasswordForm({ email }: { email: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const { register, handleSubmit, formState, control, setError, reset } = useForm<PasswordChangeInput>({
    resolver: zodResolver(passwordChangeSchema),
    defaultValues: { currentPassword: "", newPassword: "" },
  });
  const typed = useWatch({ control, name: "newPassword" });
  const change = useMutation({
    mutationFn: async (input: PasswordChangeInput) => {
      await changePassword(input);
      return signIn("credentials", { email, password: input.newPassword, redirect: false });
    },
    onSuccess: (signedIn) => {
      reset();
      if (signedIn?.ok) {
        toast.success("Password changed. Every other device has been signed out.");
        router.refresh();
      } else {
        // Changed, but signing in again failed: the old session is gone, so sign-in is the way on.
        router.replace("/sign-in");
      }
    },
    onError: (error) => setMessage(showApiError(error, FIELDS, setError)),
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        setMessage(null);
        void handleSubmit((values) => change.mutate(values))(event);
      }}
    >
      {message && <Alert>{message}</Alert>}
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        error={formState.errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={typed} />}
        error={formState.errors.newPassword?.message}
        {...register("newPassword")}
      />
      <div>
        <Button type="submit" loading={change.isPending}>
          Change password
        </Button>
      </div>
    </form>
  );
}
