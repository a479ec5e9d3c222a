"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

/** A section link with its icon already rendered by the server (nav-menu.tsx), so no icon code ships. */
export interface NavLink {
  href: string;
  label: string;
  icon: React.ReactNode;
}

/** Overview matches only itself; every other section also owns the pages below it (/accounts/123). */
function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The section links; the client part of the nav is only this: which one is the current page. */
export function NavLinks({ links }: { links: readonly NavLink[] }) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-col gap-0.5">
      {links.map(({ href, label, icon }) => {
        const active = isActive(href, pathname);
        return (
          <li key={href}>
            <Link
              href={href}
              aria-current={active ? "page" : undefined}
              className={cn(
                "flex h-10 items-center gap-3 rounded-lg px-3 text-sm transition-colors",
                active
                  ? "bg-accent-soft font-semibold text-accent-soft-text"
                  : "font-medium text-text-muted hover:bg-surface-muted hover:text-text",
              )}
            >
              {icon}
              {label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
