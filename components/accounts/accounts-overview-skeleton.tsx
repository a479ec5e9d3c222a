import { AccountsByBankSkeleton } from "@/components/accounts/accounts-by-bank-skeleton";
import { Card } from "@/components/ui/card";
import { LoadingRegion } from "@/components/ui/loading-region";
import { Skeleton } from "@/components/ui/skeleton";

export function AccountsOverviewSkeleton() {
  return (
    <LoadingRegion label="Loading your accounts…" className="flex flex-col gap-4">
      <Card className="p-5 sm:p-6">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="mt-3 h-10 w-52" />
      </Card>
      <AccountsByBankSkeleton />
    </LoadingRegion>
  );
}
