"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { toast } from "sonner";
import { updateProfile } from "@/components/settings/settings-api";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { showApiError } from "@/components/ui/form-errors";
import { TextField } from "@/components/ui/text-field";
import { normaliseEmail } from "@/lib/schemas/auth";
import { profileSchema, type Profile, type ProfileInput } from "@/lib/schemas/settings";

const FIELDS = ["name", "email", "currentPassword"] as const;

/**
 * Name and email. The current password field appears once the email differs from the account's: the server asks
 * for it only then. Demo users see why their email cannot change.
 */
export function ProfileForm({ profile, demo }: { profile: Profile; demo: boolean }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<ProfileInput>({
    resolver: zodResolver(profileSchema),
    defaultValues: profile,
    // The current password field leaves the values when it is hidden, so it is checked only while it is asked for.
    shouldUnregister: true,
  });
  const { register, handleSubmit, formState, control, setError, reset } = form;
  const emailChanges = normaliseEmail(useWatch({ control, name: "email" })) !== profile.email;
  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: (saved) => {
      reset(saved);
      toast.success(saved.email === profile.email ? "Your name is saved." : `You now sign in as ${saved.email}.`);
      // The navigation's user card renders on the server.
      router.refresh();
    },
    onError: (error) => setMessage(showApiError(error, FIELDS, setError)),
  });

  return (
    <form
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        setMessage(null);
        void handleSubmit((values) => save.mutate(values))(event);
      }}
    >
      {message && <Alert>{message}</Alert>}
      {/* defaultValue: the server-rendered form shows the values before react-hook-form takes over on hydration. */}
      <TextField
        label="Name"
        autoComplete="name"
        required
        defaultValue={profile.name}
        error={formState.errors.name?.message}
        {...register("name")}
      />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        readOnly={demo}
        defaultValue={profile.email}
        hint={demo ? "The demo account’s email can’t change: everyone signs in with it. Create your own account to try this." : undefined}
        error={formState.errors.email?.message}
        {...register("email")}
      />
      {emailChanges && (
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          hint="Needed to change the email you sign in with."
          error={formState.errors.currentPassword?.message}
          {...register("currentPassword")}
        />
      )}
      <div>
        <Button type="submit" loading={save.isPending} disabled={!formState.isDirty}>
          Save profile
        </Button>
      </div>
    </form>
  );
}
