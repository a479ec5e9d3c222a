import { Landmark } from "lucide";
import { ConnectBankForm } from "@/components/connections/connect-bank-form";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** What a customer with no banks sees: the way into Bud Connect. */
export function ConnectFirstBank() {
  return (
    <Card>
      <EmptyState
        icon={Landmark}
        title="Connect your first bank"
        description="Link your UK bank accounts and cards to see balances and spending together, in one place."
        action={<ConnectBankForm />}
      />
    </Card>
  );
}
