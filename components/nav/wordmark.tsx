import Link from "next/link";
import { BudgieMark } from "@/components/nav/budgie-mark";
import { cn } from "@/components/ui/cn";

/** Mark + name, linking home. */
export function Wordmark({ className, href = "/" }: { className?: string; href?: string }) {
  return (
    <Link
      href={href}
      className={cn("inline-flex items-center gap-2.5 rounded-lg text-xl font-semibold tracking-tight text-text", className)}
    >
      <BudgieMark />
      Budgie
    </Link>
  );
}
