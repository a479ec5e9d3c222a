"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import { PasswordHint } from "@/components/auth/password-hint";
import { completeReset } from "@/components/auth/password-reset-api";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useFormFields } from "@/components/ui/use-form-fields";
import { passwordRule } from "@/lib/rules/password";
import { resetTokenRule } from "@/lib/rules/password-reset";

/** The link's token is checked as a field the user never sees: its problem is said above the form (LinkProblem). */
const RULES = { token: resetTokenRule, password: passwordRule };
const FIELDS = ["token", "password"] as const;

/** A link that cannot be used, with the way to a new one. */
function LinkProblem({ problem }: { problem: React.ReactNode }) {
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
  const fields = useFormFields({ token, password: "" });
  const reset = useMutation({
    mutationFn: completeReset,
    onSuccess: () => {
      // Longer than usual: it must outlast the navigation to sign-in.
      toast.success("Your password is changed. Sign in with it now.", { duration: 10_000 });
      router.replace("/sign-in");
    },
  });

  function submit(form: HTMLFormElement) {
    const values = fields.check(form, RULES);
    if (values) reset.mutate(values, { onError: (error) => fields.showApiError(form, error, FIELDS) });
  }

  const tokenProblem = fields.errors.token;
  return (
    <AuthForm
      error={tokenProblem ? <LinkProblem problem={tokenProblem} /> : fields.message}
      onSubmit={submit}
      after={
        <AuthSwitchLink prompt="Remembered it?" href="/sign-in">
          Sign in
        </AuthSwitchLink>
      }
    >
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={<PasswordHint password={fields.values.password} />}
        {...fields.field("password")}
      />
      <Button type="submit" size="lg" className="mt-2" loading={reset.isPending || reset.isSuccess}>
        Set new password
      </Button>
    </AuthForm>
  );
}
