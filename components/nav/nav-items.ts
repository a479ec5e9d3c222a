import {
  ArrowLeftRight,
  CalendarClock,
  Cable,
  ChartPie,
  Landmark,
  LayoutDashboard,
  PiggyBank,
  Send,
  Settings,
  Target,
  type LucideIcon,
} from "lucide-react";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  /** One line on what the section does: the coming-soon page shows it until the section is built. */
  summary: string;
  /** Not built yet: the nav marks it "Soon", and working pages do not link into it. */
  soon?: true;
}

export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: LayoutDashboard, summary: "Your balances and latest activity at a glance." },
  { href: "/accounts", label: "Accounts", icon: Landmark, summary: "Every account you have connected, by bank." },
  {
    href: "/transactions",
    label: "Transactions",
    icon: ArrowLeftRight,
    summary: "Search and filter every payment across all your accounts.",
  },
  {
    href: "/spending",
    label: "Spending",
    icon: ChartPie,
    summary: "See where your money goes each month, category by category.",
  },
  {
    href: "/upcoming",
    label: "Upcoming",
    icon: CalendarClock,
    summary: "Bills, subscriptions and income on their way, over the next three months.",
  },
  {
    href: "/budgets",
    label: "Budgets",
    icon: Target,
    summary: "Set monthly limits for the categories you care about and track them as you spend.",
  },
  {
    href: "/goals",
    label: "Goals",
    icon: PiggyBank,
    summary: "Save towards the things that matter and watch your progress grow.",
  },
  {
    href: "/payments",
    label: "Payments",
    icon: Send,
    summary: "Pay people and businesses straight from your bank, securely through Bud Pay.",
  },
  {
    href: "/connections",
    label: "Connections",
    icon: Cable,
    summary: "Connect new banks, renew access and disconnect the ones you no longer use.",
  },
  {
    href: "/settings",
    label: "Settings",
    icon: Settings,
    summary: "Manage your profile, password and preferences.",
  },
] as const satisfies readonly NavItem[];

export type SectionHref = (typeof NAV_ITEMS)[number]["href"];

/** Whether a section is built, so a page links to it only once it is (never into a "Coming soon" page). */
export function isBuilt(href: SectionHref): boolean {
  return !NAV_ITEMS.some((item) => item.href === href && "soon" in item);
}

/** Overview matches only itself; every other section also owns the pages below it (/accounts/123). */
export function isActive(href: string, pathname: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
