import { SearchX } from "lucide";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

export default function AppNotFound() {
  return (
    <Card>
      <EmptyState
        icon={SearchX}
        headingLevel="h1"
        title="We couldn’t find that page"
        description="It may have moved, or the account it belonged to is no longer connected."
        action={
          <Link href="/" className={buttonClasses()}>
            Back to Overview
          </Link>
        }
      />
    </Card>
  );
}
