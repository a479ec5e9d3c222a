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
} from "lucide";
import type { IconNode } from "@/components/ui/icon";

/** The sections, with their icons: read by the server only (nav-menu.tsx), so the icons never ship. */
export interface NavItem {
  href: string;
  label: string;
  icon: IconNode;
}

export const NAV_ITEMS = [
  { href: "/", label: "Overview", icon: LayoutDashboard },
  { href: "/accounts", label: "Accounts", icon: Landmark },
  { href: "/transactions", label: "Transactions", icon: ArrowLeftRight },
  { href: "/spending", label: "Spending", icon: ChartPie },
  { href: "/upcoming", label: "Upcoming", icon: CalendarClock },
  { href: "/budgets", label: "Budgets", icon: Target },
  { href: "/goals", label: "Goals", icon: PiggyBank },
  { href: "/payments", label: "Payments", icon: Send },
  { href: "/connections", label: "Connections", icon: Cable },
  { href: "/settings", label: "Settings", icon: Settings },
] as const satisfies readonly NavItem[];
