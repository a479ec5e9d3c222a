import Link from "next/link";
import { CenteredPage } from "@/components/layout/centered-page";
import { buttonClasses } from "@/components/ui/button";

export const metadata = { title: "Page not found" };

export default function NotFound() {
  return (
    <CenteredPage>
      <p className="text-sm font-semibold text-accent">404</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">We couldn’t find that page</h1>
      <p className="mt-2 text-text-muted">Check the address, or head back to your overview.</p>
      <Link href="/" className={buttonClasses({ className: "mt-6 w-full" })}>
        Go to Overview
      </Link>
    </CenteredPage>
  );
}
