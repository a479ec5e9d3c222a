import Link from "next/link";
import { ChevronRight } from "lucide";
import { Icon } from "@/components/ui/icon";

/** The "See all" link beside a section's heading. */
export function SectionLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className="inline-flex items-center gap-0.5 rounded text-sm font-semibold text-accent hover:underline">
      {children}
      <Icon of={ChevronRight} className="size-4" />
    </Link>
  );
}
