import { netPositions, type CurrencyPosition } from "@/lib/net-position";
import { Card } from "@/components/ui/card";
import { MoneyAmount } from "@/components/ui/money";
import type { Account } from "@/lib/domain";

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

/**
 * Assets minus liabilities: the headline figure, one line per currency, with the two halves beside it (or under
 * it, when the card is narrow; a container query, because the card's width depends on the page's grid).
 */
export function NetPositionCard({ accounts }: { accounts: readonly Account[] }) {
  const positions = netPositions(accounts);
  if (positions.length === 0) return null;
  return (
    <Card className="@container p-5 sm:p-6">
      <div className="flex flex-col gap-4 @lg:flex-row @lg:items-end @lg:justify-between">
        <div>
          <p className="text-sm font-medium text-text-muted">Net position</p>
          <ul className="mt-1">
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
    </Card>
  );
}
