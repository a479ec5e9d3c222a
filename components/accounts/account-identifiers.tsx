import { VisuallyHidden } from "@/components/ui/visually-hidden";
import type { Account } from "@/lib/domain";
import { formatLast4, formatSortCode } from "@/lib/format";

/** "•••• 4242" on screen, "ending 4242" to a screen reader (which would otherwise read out four bullets). */
function Last4({ digits, label }: { digits: string; label: string }) {
  return (
    <span className="whitespace-nowrap">
      <span aria-hidden="true">{formatLast4(digits)}</span>
      <VisuallyHidden>
        {label} ending {digits}
      </VisuallyHidden>
    </span>
  );
}

/** The masked numbers a customer recognises an account by: card, sort code + account, or IBAN. */
export function AccountIdentifiers({ identifiers }: Pick<Account, "identifiers">) {
  const { sortCode, accountNumberLast4, ibanLast4, panLast4 } = identifiers;
  if (panLast4) return <Last4 digits={panLast4} label="Card" />;
  if (sortCode || accountNumberLast4) {
    return (
      <span className="inline-flex flex-wrap gap-x-2">
        {sortCode && (
          <span className="whitespace-nowrap">
            <VisuallyHidden>Sort code </VisuallyHidden>
            {formatSortCode(sortCode)}
          </span>
        )}
        {accountNumberLast4 && <Last4 digits={accountNumberLast4} label="Account number" />}
      </span>
    );
  }
  if (ibanLast4) {
    return (
      <span className="whitespace-nowrap">
        <span aria-hidden="true">IBAN </span>
        <Last4 digits={ibanLast4} label="IBAN" />
      </span>
    );
  }
  return null;
}
