import { BankGroup, type BankGroupProps } from "@/components/accounts/bank-group";
import type { Account, Provider } from "@/lib/domain";

/** Groups by provider, keeping the order the API gave (first account of each bank decides the bank's place). */
function groupByProvider(accounts: readonly Account[]): { provider: Provider; accounts: Account[] }[] {
  const groups = new Map<string, { provider: Provider; accounts: Account[] }>();
  for (const account of accounts) {
    const group = groups.get(account.provider.id);
    if (group) group.accounts.push(account);
    else groups.set(account.provider.id, { provider: account.provider, accounts: [account] });
  }
  return [...groups.values()];
}

export function AccountsByBank({
  accounts,
  headingLevel,
}: { accounts: readonly Account[] } & Pick<BankGroupProps, "headingLevel">) {
  return (
    <div className="flex flex-col gap-4">
      {groupByProvider(accounts).map(({ provider, accounts: bankAccounts }) => (
        <BankGroup key={provider.id} provider={provider} accounts={bankAccounts} headingLevel={headingLevel} />
      ))}
    </div>
  );
}
