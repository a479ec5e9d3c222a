import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { DeleteAccountDialog } from "@/components/settings/delete-account-dialog";
import { DemoUserNotice } from "@/components/settings/demo-user-notice";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { SettingsCard } from "@/components/settings/settings-card";
import { SignOutEverywhere } from "@/components/settings/sign-out-everywhere";
import { requireUser } from "@/lib/auth/require-user";
import { isSharedDemoUser } from "@/lib/demo/shared-demo-guard";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const profile = { name: user.name, email: user.email };
  const demo = isSharedDemoUser(user.id);
  return (
    <>
      <PageHeader title="Settings" description="Your profile, password and sessions." />
      <div className="flex max-w-2xl flex-col gap-8">
        <SettingsCard title="Profile" description="Your name, and the email you sign in with.">
          <ProfileForm profile={profile} demo={demo} />
        </SettingsCard>
        <SettingsCard title="Password" description="Changing it signs you out on every other device.">
          {demo ? <DemoUserNotice action="change its password" /> : <PasswordForm email={user.email} />}
        </SettingsCard>
        <SettingsCard
          title="Sessions"
          description="Signed in somewhere you no longer use? End every session, this one included."
        >
          <SignOutEverywhere />
        </SettingsCard>
        <SettingsCard
          title="Delete account"
          description="Deletes your account and all your data, here and at Bud. This can’t be undone."
        >
          {demo ? <DemoUserNotice action="be deleted" /> : <DeleteAccountDialog email={user.email} />}
        </SettingsCard>
      </div>
    </>
  );
}
