import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HydrationBoundary } from "@tanstack/react-query";
import { AccountHeader } from "@/components/accounts/account-header";
import { BalanceHistory } from "@/components/insights/balance-history";
import { AccountTransactions } from "@/components/transactions/account-transactions";
import { getAccount } from "@/lib/accounts";
import { AccountId } from "@/lib/api/params";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/errors";
import { DEFAULT_BALANCE_PERIOD } from "@/lib/insights/balance-chart";
import { prefetcher } from "@/lib/prefetch";
import { securityEvent } from "@/lib/security/events";

interface Props {
  params: Promise<{ accountId: string }>;
}

/**
 * Unknown or someone else's → notFound(), thrown before anything is sent, so the answer is a real 404. Any other
 * failure is left to the account widget, which fetches the account again and shows its own error and Retry.
 */
async function settleAccount(account: Promise<unknown>) {
  try {
    await account;
  } catch (error) {
    if (!(error instanceof NotFoundError)) return;
    // Someone else's id answers exactly like an unknown one; the log keeps the attempt, as the API routes do.
    securityEvent("not_found", { route: "/accounts/[accountId]" });
    notFound();
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { accountId } = await params;
  const user = await requireUser();
  if (!AccountId.safeParse(accountId).success) notFound();
  // Cached per request: the page's own lookup below shares this one upstream call.
  const account = await getAccount(user.id, accountId).catch(() => null);
  return { title: account?.name ?? "Account" };
}

/** The account decides between the page and a 404, so it is awaited; the transactions stream in behind it. */
export default async function AccountPage({ params }: Props) {
  const { accountId } = await params;
  const user = await requireUser();
  if (!AccountId.safeParse(accountId).success) notFound();
  const prefetch = prefetcher(user);
  // Safe before the account check: Bud scopes the list to this user's customer.
  prefetch.accountTransactions(accountId);
  // The balance chart reads every account's series (one upstream call) and the account names.
  prefetch.accounts();
  prefetch.balanceHistory({ period: DEFAULT_BALANCE_PERIOD });
  await settleAccount(prefetch.account(accountId));
  return (
    <HydrationBoundary state={prefetch.dehydrate()}>
      <div className="flex flex-col gap-8">
        <AccountHeader accountId={accountId} />
        <BalanceHistory title="Balance over time" accountId={accountId} />
        <AccountTransactions accountId={accountId} />
      </div>
    </HydrationBoundary>
  );
}
