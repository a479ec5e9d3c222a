import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/payments");

export default function PaymentsPage() {
  return <ComingSoon href="/payments" />;
}
