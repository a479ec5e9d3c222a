import { Plus } from "lucide";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Icon } from "@/components/ui/icon";

export interface ConnectBankFormProps {
  /** The bank to go straight to; without one, Bud Connect asks which. */
  provider?: string;
  purpose?: "connect" | "reconfirm";
  label?: string;
  variant?: ButtonVariant;
  size?: "sm" | "md";
  icon?: boolean;
  className?: string;
}

/**
 * Starts a Bud Connect journey: a plain form post (so it works before, or without, JavaScript) to our route, which
 * records the journey and redirects to Bud's hosted pages.
 */
export function ConnectBankForm({
  provider,
  purpose = "connect",
  label = "Connect a bank",
  variant = "primary",
  size = "md",
  icon = true,
  className,
}: ConnectBankFormProps) {
  return (
    <form method="post" action="/api/connect" className={className}>
      {provider && <input type="hidden" name="provider" value={provider} />}
      <input type="hidden" name="purpose" value={purpose} />
      <Button type="submit" variant={variant} size={size}>
        {icon && <Icon of={Plus} className="size-4" aria-hidden />}
        {label}
      </Button>
    </form>
  );
}
