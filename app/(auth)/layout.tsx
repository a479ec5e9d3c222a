import { redirect } from "next/navigation";
import { CenteredPage } from "@/components/layout/centered-page";
import { getCurrentUser } from "@/lib/auth/session";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  // Someone already signed in has nothing to do here.
  if (await getCurrentUser()) redirect("/");
  return <CenteredPage>{children}</CenteredPage>;
}
