import { Skeleton } from "@/components/ui/skeleton";

/** A list row's placeholder: round logo, two lines of text, an amount on the right. */
export function SkeletonRow() {
  return (
    <li className="flex items-center gap-3 px-4 py-3.5 sm:gap-4 sm:px-5">
      <Skeleton circle className="size-10 shrink-0" />
      <div className="min-w-0 flex-1">
        <Skeleton className="h-4 w-44 max-w-full" />
        <Skeleton className="mt-2 h-3.5 w-28 max-w-full" />
      </div>
      <Skeleton className="h-4 w-20" />
    </li>
  );
}
