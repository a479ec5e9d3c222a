import { Landmark, Plus } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** What a customer with no banks sees. Connecting (Bud Connect) is not built yet, and the button says so. */
export function ConnectFirstBank() {
  const noteId = useId();
  return (
    <Card>
      <EmptyState
        icon={Landmark}
        title="Connect your first bank"
        description="Link your UK bank accounts and cards to see balances and spending together, in one place."
        action={
          <>
            <Button disabled aria-describedby={noteId}>
              <Plus className="size-4" />
              Connect a bank
            </Button>
            <p id={noteId} className="text-sm text-text-muted">
              Connecting through Bud Connect is coming soon.
            </p>
          </>
        }
      />
    </Card>
  );
}
