import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/budgets");

export default function BudgetsPage() {
  return <ComingSoon href="/budgets" />;
}
