import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/transactions");

export default function TransactionsPage() {
  return <ComingSoon href="/transactions" />;
}
