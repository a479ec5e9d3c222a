import { CreditCard, House, Landmark, PiggyBank, TrendingUp, Wallet } from "lucide";
import { Icon, type IconNode } from "@/components/ui/icon";
import type { Account, AccountKind } from "@/lib/domain";
import { humanizeSlug } from "@/lib/format";

const KINDS: Record<AccountKind, { label: string; icon: IconNode }> = {
  current: { label: "Current account", icon: Wallet },
  savings: { label: "Savings", icon: PiggyBank },
  credit_card: { label: "Credit card", icon: CreditCard },
  loan: { label: "Loan", icon: Landmark },
  mortgage: { label: "Mortgage", icon: House },
  investment: { label: "Investment", icon: TrendingUp },
  other: { label: "Account", icon: Landmark },
};

/** "Current account", "Credit card"…; for "other", Bud's own account type says more than our fallback. */
export function accountKindLabel(account: Pick<Account, "kind" | "type">): string {
  return account.kind === "other" && account.type ? humanizeSlug(account.type) : KINDS[account.kind].label;
}

export function AccountKindIcon({ kind, className }: { kind: AccountKind; className?: string }) {
  return <Icon of={KINDS[kind].icon} className={className} />;
}
