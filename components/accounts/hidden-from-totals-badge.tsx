import { EyeOff } from "lucide";
import { Badge } from "@/components/ui/badge";
import { Icon } from "@/components/ui/icon";

/** Marks an account the user left out of totals, wherever accounts are listed. */
export function HiddenFromTotalsBadge() {
  return (
    <Badge tone="warning" className="gap-1">
      <Icon of={EyeOff} aria-hidden="true" className="size-3" />
      Hidden from totals
    </Badge>
  );
}
