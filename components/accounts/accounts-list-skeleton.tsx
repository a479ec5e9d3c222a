import { AccountsByBankSkeleton } from "@/components/accounts/accounts-by-bank-skeleton";
import { LoadingRegion } from "@/components/ui/loading-region";

export function AccountsListSkeleton() {
  return (
    <LoadingRegion label="Loading your accounts…" className="flex flex-col gap-4">
      <AccountsByBankSkeleton />
      <AccountsByBankSkeleton />
    </LoadingRegion>
  );
}
