import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/spending");

export default function SpendingPage() {
  return <ComingSoon href="/spending" />;
}
