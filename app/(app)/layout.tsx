import { redirect } from "next/navigation";
import { AppShell } from "@/components/nav/app-shell";
import { getCurrentUser } from "@/lib/auth/session";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // The proxy already sends signed-out visitors away; this is the check that counts (DESIGN: proxy is a convenience).
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return <AppShell user={{ name: user.name, email: user.email }}>{children}</AppShell>;
}
