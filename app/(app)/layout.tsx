import { AppShell } from "@/components/nav/app-shell";
import { requireUser } from "@/lib/auth/require-user";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Pages check for themselves too (layouts and pages render in parallel); this keeps the shell from rendering.
  // requireUser, not a bare redirect, so that whichever redirect wins still returns the user to this page.
  const user = await requireUser();
  return <AppShell user={{ name: user.name, email: user.email }}>{children}</AppShell>;
}
