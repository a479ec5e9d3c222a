"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import { updateProfile } from "@/components/settings/settings-api";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { TextField } from "@/components/ui/text-field";
import { useFormFields } from "@/components/ui/use-form-fields";
import { emailRule, normaliseEmail } from "@/lib/rules/email";
import { nameRule } from "@/lib/rules/name";
import { currentPasswordRule } from "@/lib/rules/password";
import type { Profile } from "@/lib/schemas/settings";

const FIELDS = ["name", "email", "currentPassword"] as const;
const RULES = { name: nameRule, email: emailRule };
/** The current password is checked, and sent, only while it is asked for. */
const EMAIL_CHANGE_RULES = { ...RULES, currentPassword: currentPasswordRule };

/**
 * Name and email. The current password field appears once the email differs from the account's: the server asks
 * for it only then. Demo users see why their email cannot change.
 */
export function ProfileForm({ profile, demo }: { profile: Profile; demo: boolean }) {
  const router = useRouter();
  const fields = useFormFields({ ...profile, currentPassword: "" });
  const emailChanges = normaliseEmail(fields.values.email) !== profile.email;
  const save = useMutation({
    mutationFn: updateProfile,
    onSuccess: (saved) => {
      fields.reset({ ...saved, currentPassword: "" });
      toast.success(saved.email === profile.email ? "Your name is saved." : `You now sign in as ${saved.email}.`);
      // The navigation's user card renders on the server.
      router.refresh();
    },
  });

  function submit(form: HTMLFormElement) {
    const values = emailChanges ? fields.check(form, EMAIL_CHANGE_RULES) : fields.check(form, RULES);
    if (values) save.mutate(values, { onError: (error) => fields.showApiError(form, error, FIELDS) });
  }

  return (
    <Form error={fields.message} onSubmit={submit}>
      <TextField label="Name" autoComplete="name" required {...fields.field("name")} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        required
        readOnly={demo}
        hint={demo ? "The demo account’s email can’t change: everyone signs in with it. Create your own account to try this." : undefined}
        {...fields.field("email")}
        onChange={(event) => {
          const email = event.target.value;
          // Back to the account's email, the current password is no longer asked for: what was typed there goes.
          fields.update({ email, ...(normaliseEmail(email) === profile.email && { currentPassword: "" }) });
        }}
      />
      {emailChanges && (
        <TextField
          label="Current password"
          type="password"
          autoComplete="current-password"
          required
          hint="Needed to change the email you sign in with."
          {...fields.field("currentPassword")}
        />
      )}
      <div>
        <Button type="submit" loading={save.isPending} disabled={!fields.dirty}>
          Save profile
        </Button>
      </div>
    </Form>
  );
}
