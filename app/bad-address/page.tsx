import Link from "next/link";
import { CenteredPage } from "@/components/layout/centered-page";
import { buttonClasses } from "@/components/ui/button";

export const metadata = { title: "Address not valid" };

/** Where the proxy sends an address it cannot decode (lib/security/malformed-path.ts), with status 400. */
export default function BadAddress() {
  return (
    <CenteredPage>
      <p className="text-sm font-semibold text-accent">400</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight">That address isn’t valid</h1>
      <p className="mt-2 text-text-muted">It may have been cut short or mistyped. Head back to your overview.</p>
      <Link href="/" className={buttonClasses({ className: "mt-6 w-full" })}>
        Go to Overview
      </Link>
    </CenteredPage>
  );
}
