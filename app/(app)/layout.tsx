import { redirect } from "next/navigation";
import { AppShell } from "@/components/nav/app-shell";
import { getCurrentUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Pages check for themselves too (layouts and pages render in parallel); this keeps the shell from rendering.
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return <AppShell user={{ name: user.name, email: user.email }}>{children}</AppShell>;
}
