"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { isActive, NAV_ITEMS } from "@/components/nav/nav-items";
import { cn } from "@/components/ui/cn";

/** The section links; `onNavigate` lets the phone menu close itself when one is chosen. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {NAV_ITEMS.map(({ href, label, icon: Icon }) => {
        const active = isActive(href, pathname);
        return (
          <li key={href}>
            <Link
              href={href}
              onClick={onNavigate}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex h-10 items-center gap-3 rounded-lg px-3 text-sm transition-colors",
                active
                  ? "bg-accent-soft font-semibold text-accent-soft-text"
                  : "font-medium text-text-muted hover:bg-surface-muted hover:text-text",
              )}
            >
              <Icon className="size-[1.125rem]" />
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
