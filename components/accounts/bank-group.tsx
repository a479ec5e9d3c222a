import { AccountRow } from "@/components/accounts/account-row";
import { Card } from "@/components/ui/card";
import { Logo } from "@/components/ui/logo";
import type { Account, Provider } from "@/lib/domain";
import { formatCount } from "@/lib/format";

export interface BankGroupProps {
  provider: Provider;
  accounts: Account[];
  /** h3 under a section's h2 on Overview; h2 straight under the h1 on /accounts. */
  headingLevel?: "h2" | "h3";
}

/** One bank: its logo and name as the heading, then its accounts. */
export function BankGroup({ provider, accounts, headingLevel: Heading = "h3" }: BankGroupProps) {
  return (
    <Card className="overflow-hidden">
      <div className="flex items-center gap-3 border-b border-border px-4 py-3 sm:px-5">
        <Logo src={provider.logoUrl} name={provider.name} size="sm" />
        <Heading className="font-semibold text-text">{provider.name}</Heading>
        <span className="ml-auto shrink-0 text-sm text-text-muted">
          {formatCount(accounts.length, "account")}
        </span>
      </div>
      <ul className="divide-y divide-border">
        {accounts.map((account) => (
          <AccountRow key={account.id} account={account} />
        ))}
      </ul>
    </Card>
  );
}
