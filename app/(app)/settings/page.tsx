import { ComingSoon, comingSoonMetadata } from "@/components/layout/coming-soon";

export const metadata = comingSoonMetadata("/settings");

export default function SettingsPage() {
  return <ComingSoon href="/settings" />;
}
