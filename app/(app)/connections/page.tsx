import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/connections");

export default function ConnectionsPage() {
  return <ComingSoon href="/connections" />;
}
