import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/goals");

export default function GoalsPage() {
  return <ComingSoon href="/goals" />;
}
