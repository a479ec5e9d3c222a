import { ArrowLeft, Sparkles } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/layout/page-header";
import { NAV_ITEMS, type SectionHref } from "@/components/nav/nav-items";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

function section(href: SectionHref) {
  const item = NAV_ITEMS.find((candidate) => candidate.href === href);
  if (!item) throw new Error(`No section at ${href}`);
  return item;
}

export function comingSoonMetadata(href: SectionHref): Metadata {
  return { title: section(href).label };
}

/** The placeholder for a section that is in the navigation but not built yet. */
export function ComingSoon({ href }: { href: SectionHref }) {
  const { label, icon: Icon, summary } = section(href);
  return (
    <>
      <PageHeader title={label} />
      <Card className="flex flex-col items-center px-6 py-14 text-center">
        <span className="relative mb-5 grid size-14 place-items-center rounded-2xl bg-accent-soft text-accent-soft-text">
          <Icon className="size-7" />
          <Sparkles className="absolute -top-1.5 -right-1.5 size-4 text-warning" />
        </span>
        <h2 className="text-lg font-semibold text-text">Coming soon</h2>
        <p className="mt-2 max-w-md text-text-muted">{summary}</p>
        <Link href="/" className={buttonClasses({ variant: "secondary", className: "mt-6" })}>
          <ArrowLeft className="size-4" />
          Back to Overview
        </Link>
      </Card>
    </>
  );
}
