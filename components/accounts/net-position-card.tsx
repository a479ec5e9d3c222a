import { netPositions, type CurrencyPosition } from "@/lib/net-position";
import { Card } from "@/components/ui/card";
import { MoneyAmount } from "@/components/ui/money";
import type { Account } from "@/lib/domain";
import { formatCount } from "@/lib/format";

function Totals({ label, positions, pick }: { label: string; positions: CurrencyPosition[]; pick: "assets" | "liabilities" }) {
  return (
    <div>
      <dt className="text-text-muted">{label}</dt>
      {positions.map((position) => (
        <dd key={position.currency} className="font-medium text-text">
          <MoneyAmount amount={position[pick]} />
        </dd>
      ))}
    </div>
  );
}

/** Why the figure may differ from the accounts listed below it. */
function HiddenNote({ hidden }: { hidden: number }) {
  return (
    <p className="mt-3 text-xs text-text-muted">
      Leaves out {formatCount(hidden, "account")} hidden from totals.
    </p>
  );
}

/**
 * Assets minus liabilities: the headline figure, one line per currency, with the two halves beside it (or under
 * it, when the card is narrow; a container query, because the card's width depends on the page's grid).
 */
export function NetPositionCard({ accounts }: { accounts: readonly Account[] }) {
  const positions = netPositions(accounts);
  const hidden = accounts.filter((account) => account.hiddenFromTotals).length;
  if (positions.length === 0 && hidden === 0) return null;
  const note = hidden > 0 && <HiddenNote hidden={hidden} />;
  if (positions.length === 0) {
    return (
      <Card className="p-5 sm:p-6">
        <p className="text-sm font-medium text-text-muted">Net position</p>
        <p className="mt-1 text-text">Every account is hidden from totals.</p>
        {note}
      </Card>
    );
  }
  return (
    <Card className="@container p-5 sm:p-6">
      <div className="flex flex-col gap-4 @lg:flex-row @lg:items-end @lg:justify-between">
        <div>
          <p className="text-sm font-medium text-text-muted">Net position</p>
          <ul aria-label="Net position by currency" className="mt-1">
            {positions.map(({ currency, net }) => (
              <li key={currency} className="text-3xl font-semibold tracking-tight text-text @sm:text-4xl">
                <MoneyAmount amount={net} />
              </li>
            ))}
          </ul>
        </div>
        <dl className="flex gap-8 border-t border-border pt-4 text-sm @lg:border-0 @lg:pt-0 @lg:text-right">
          <Totals label="Assets" positions={positions} pick="assets" />
          <Totals label="Liabilities" positions={positions} pick="liabilities" />
        </dl>
      </div>
      {note}
    </Card>
  );
}
