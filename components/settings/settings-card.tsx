import { Card } from "@/components/ui/card";
import { Section } from "@/components/ui/section";

/** One settings topic: its heading, a sentence on what it does, then its form or action in a card. */
export function SettingsCard({ title, description, children }: { title: string; description: string; children: React.ReactNode }) {
  return (
    <Section title={title}>
      <Card className="flex flex-col gap-4 p-5 sm:p-6">
        <p className="text-sm text-text-muted">{description}</p>
        {children}
      </Card>
    </Section>
  );
}
