import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { AccountHeader } from "@/components/accounts/account-header";
import { AccountTransactions } from "@/components/transactions/account-transactions";
import { getAccount } from "@/lib/accounts";
import { AccountId } from "@/lib/api/params";
import { requireUser } from "@/lib/auth/require-user";
import { NotFoundError } from "@/lib/errors";
import { getQueryClient } from "@/lib/get-query-client";
import { accountQuery, accountTransactionsQuery, TRANSACTIONS_PAGE_SIZE } from "@/lib/queries";
import { getTransactionsPage } from "@/lib/transactions";

interface Props {
  params: Promise<{ accountId: string }>;
}

/** The account decides the page: unknown or someone else's → 404; an upstream failure → the widgets' error state. */
async function loadAccount(userId: string, accountId: string) {
  if (!AccountId.safeParse(accountId).success) notFound();
  try {
    return await getAccount(userId, accountId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    return null;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { accountId } = await params;
  const user = await requireUser();
  const account = await loadAccount(user.id, accountId);
  return { title: account?.name ?? "Account" };
}

export default async function AccountPage({ params }: Props) {
  const { accountId } = await params;
  const user = await requireUser();
  const queryClient = getQueryClient();
  const [account] = await Promise.all([
    loadAccount(user.id, accountId),
    // Safe before the account check: Bud scopes the list to this user's customer.
    queryClient.prefetchInfiniteQuery({
      ...accountTransactionsQuery(accountId),
      queryFn: ({ pageParam }) =>
        getTransactionsPage(user.id, { accountId }, { page_size: TRANSACTIONS_PAGE_SIZE, page_token: pageParam ?? undefined }),
    }),
  ]);
  if (account) queryClient.setQueryData(accountQuery(accountId).queryKey, account);
  return (
    <HydrationBoundary state={dehydrate(queryClient)}>
      <div className="flex flex-col gap-8">
        <AccountHeader accountId={accountId} />
        <AccountTransactions accountId={accountId} />
      </div>
    </HydrationBoundary>
  );
}
