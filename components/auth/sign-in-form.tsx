"use client";

import Link from "next/link";
import { useState } from "react";
import { AuthForm } from "@/components/auth/auth-form";
import { AuthSwitchLink } from "@/components/auth/auth-switch-link";
import type { DemoAccount } from "@/components/auth/demo-account";
import { preloadNextAuth } from "@/components/auth/next-auth-client";
import { useCredentialsSignIn } from "@/components/auth/use-credentials-sign-in";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export interface SignInFormProps {
  /** Where to go once signed in; only same-origin paths are followed. */
  callbackUrl?: string;
  /** Present only in demo mode: shows "Try the demo". */
  demo?: DemoAccount | null;
}

export function SignInForm({ callbackUrl, demo }: SignInFormProps) {
  const signInAs = useCredentialsSignIn(callbackUrl);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<"form" | "demo" | null>(null);

  async function submit(which: "form" | "demo", credentials: { email: string; password: string }) {
    setPending(which);
    setError(null);
    const message = await signInAs(credentials.email, credentials.password);
    // On success the button stays busy until the next page replaces this one.
    if (message) {
      setError(message);
      setPending(null);
    }
  }

  const demoOption = demo && (
    <div className="flex flex-col gap-3 text-center">
      <p className="flex items-center gap-3 text-xs font-medium text-text-muted uppercase before:h-px before:flex-1 before:bg-border after:h-px after:flex-1 after:bg-border">
        or
      </p>
      <Button
        variant="secondary"
        size="lg"
        loading={pending === "demo"}
        disabled={pending !== null}
        onClick={() => void submit("demo", demo)}
      >
        Try the demo
      </Button>
      <p className="text-sm text-text-muted">Look around with sample accounts, no sign-up needed.</p>
    </div>
  );

  return (
    <AuthForm
      preload={preloadNextAuth}
      error={error}
      onSubmit={() => {
        if (!email.trim() || !password) setError("Enter your email and password.");
        else void submit("form", { email: email.trim(), password });
      }}
      after={
        <>
          {demoOption}
          <AuthSwitchLink prompt="New to Budgie?" href="/sign-up">
            Create an account
          </AuthSwitchLink>
        </>
      }
    >
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        required
        value={email}
        onChange={(event) => setEmail(event.target.value)}
      />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <Link href="/forgot-password" className="-mt-1 self-end text-sm font-medium text-accent underline underline-offset-4">
        Forgot your password?
      </Link>
      <Button type="submit" size="lg" className="mt-2" loading={pending === "form"} disabled={pending !== null}>
        Sign in
      </Button>
    </AuthForm>
  );
}
