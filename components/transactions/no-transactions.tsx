import { ReceiptText } from "lucide";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** The empty list, for all accounts or for one. */
export function NoTransactions({ description }: { description: string }) {
  return (
    <Card>
      <EmptyState icon={ReceiptText} title="No transactions yet" description={description} />
    </Card>
  );
}
