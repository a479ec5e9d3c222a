import { EyeOff } from "lucide-react";
import { Badge } from "@/components/ui/badge";

/** Marks an account the user left out of totals, wherever accounts are listed. */
export function HiddenFromTotalsBadge() {
  return (
    <Badge tone="warning" className="gap-1">
      <EyeOff aria-hidden="true" className="size-3" />
      Hidden from totals
    </Badge>
  );
}
