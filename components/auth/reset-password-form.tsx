"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { PasswordHint } from "@/components/auth/password-hint";
import { completeReset } from "@/components/auth/password-reset-api";
import { Button } from "@/components/ui/button";
import { showApiError } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { ApiError } from "@/lib/api-fetch";
import { resetCompletionSchema, type ResetCompletionInput } from "@/lib/schemas/password-reset";

/** A link that cannot be used, with the way to a new one. */
function LinkProblem({ problem }: { problem: string }) {
  return (
    <>
      {problem}{" "}
      <Link href="/forgot-password" className="font-semibold underline underline-offset-4">
        Ask for a new link.
      </Link>
    </>
  );
}

/** Sets a new password with the link's token; every session of the account ends, and sign-in follows. */
export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<React.ReactNode>(null);
  const { register, handleSubmit, formState, control, setError } = useForm<ResetCompletionInput>({
    resolver: zodResolver(resetCompletionSchema),
    defaultValues: { token, password: "" },
  });
  const typed = useWatch({ control, name: "password" });
  const reset = useMutation({
    mutationFn: completeReset,
    onSuccess: () => {
      // Longer than usual: it must outlast the navigation to sign-in.
      toast.success("Your password is changed. Sign in with it now.", { duration: 10_000 });
      router.replace("/sign-in");
    },
    onError: (error) => {
      const tokenProblem = error instanceof ApiError ? error.fields.token : undefined;
      setMessage(tokenProblem ? <LinkProblem problem={tokenProblem} /> : showApiError(error, ["password"], setError));
    },
  });
  const tokenError = formState.errors.token?.message;

  return (
    <AuthForm
      error={message ?? (tokenError ? <LinkProblem problem={tokenError} /> : null)}
      onSubmit={() => {
        setMessage(null);
        void handleSubmit((values) => reset.mutate(values))();
      }}
      after={
        <AuthSwitchLink prompt="Remembered it?" href="/sign-in">
          Sign in
        </AuthSwitchLink>
      }
    >
      <input type="hidden" {...register("token")} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={typed} />}
        error={formState.errors.password?.message}
        {...register("password")}
      />
      <Button type="submit" size="lg" className="mt-2" loading={reset.isPending || reset.isSuccess}>
        Set new password
      </Button>
    </AuthForm>
  );
}
