import { Landmark } from "lucide";
import { Suspense } from "react";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { Icon } from "@/components/ui/icon";
import { getAccounts } from "@/lib/accounts";

/**
 * On a section that reads bank data, for a customer with no bank yet: says why the section is empty and offers Bud
 * Connect right there, instead of leaving "Not enough data yet" as the only answer. Shows nothing while loading, if
 * the accounts cannot be read, or once a bank is connected. Rendered on the server (the accounts are read once per
 * render, shared with the page's own prefetch), so pages ship no code for it.
 */
export function NoBankYet({ userId, shows }: { userId: string; shows: string }) {
  return (
    <Suspense fallback={null}>
      <Callout userId={userId} shows={shows} />
    </Suspense>
  );
}

async function Callout({ userId, shows }: { userId: string; shows: string }) {
  const accounts = await getAccounts(userId).catch(() => null);
  if (accounts === null || accounts.length > 0) return null;
  return (
    <div
      role="region"
      aria-label="No bank connected"
      className="mb-6 flex flex-col gap-4 rounded-2xl border border-border bg-surface px-4 py-4 sm:flex-row sm:items-center sm:px-5"
    >
      <span className="flex size-10 shrink-0 items-center justify-center rounded-full bg-accent-soft text-accent-soft-text">
        <Icon of={Landmark} className="size-5" aria-hidden />
      </span>
      <p className="min-w-0 flex-1 text-sm text-text-muted">
        <span className="block font-semibold text-text">No bank connected yet</span>
        Connect a bank and this page shows {shows}.
      </p>
      <ConnectBankForm />
    </div>
  );
}
