import { Badge, type BadgeTone } from "@/components/ui/badge";
import { formatCount } from "@/lib/format";
import type { Connection } from "@/lib/schemas/connect";

const TONE: Record<Connection["health"], BadgeTone> = { active: "accent", expiring: "warning", expired: "negative", revoked: "neutral" };

export function consentLabel(connection: Pick<Connection, "health" | "daysLeft">): string {
  switch (connection.health) {
    case "active":
      return "Active";
    case "expiring":
      return connection.daysLeft === 0 ? "Expires today" : `Expires in ${formatCount(connection.daysLeft, "day")}`;
    case "expired":
      return "Expired";
    case "revoked":
      return "Revoked";
  }
}

export function ConsentBadge({ connection }: { connection: Connection }) {
  return <Badge tone={TONE[connection.health]}>{consentLabel(connection)}</Badge>;
}
