"use client";

import { useCallback, useState } from "react";
import { cn } from "@/components/ui/cn";

export interface LogoProps {
  /** Absolute URL of the bank's or merchant's logo; null shows initials. */
  src: string | null;
  /** Whose logo it is: the source of the initials. */
  name: string;
  /** Empty by default because the logo sits beside the name it shows; pass text when it stands alone. */
  alt?: string;
  size?: "sm" | "md";
}

const SIZES = { sm: "size-8 text-xs", md: "size-10 text-sm" } as const;

function initials(name: string): string {
  const words = name.split(/[\s&-]+/).filter((word) => /^[\p{L}\p{N}]/u.test(word));
  return words
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join("");
}

export function Logo({ src, name, alt = "", size = "md" }: LogoProps) {
  // Remembering which URL failed (not a boolean) means a new src gets its own chance to load.
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  // An image that failed before hydration fires no onError React can see; decode() tells us when the node attaches.
  const checkLoaded = useCallback(
    (img: HTMLImageElement | null) => {
      if (img?.complete && src) img.decode().catch(() => setFailedSrc(src));
    },
    [src],
  );
  const box = cn("shrink-0 overflow-hidden rounded-full", SIZES[size]);

  if (!src || src === failedSrc) {
    return (
      <span
        role={alt ? "img" : undefined}
        aria-label={alt || undefined}
        aria-hidden={alt ? undefined : true}
        className={cn(box, "grid place-items-center bg-accent-soft font-semibold text-accent-soft-text")}
      >
        {initials(name) || "?"}
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- logos come from Bud's configurable asset host, outside next/image's allow-list.
    <img
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      className={cn(box, "border border-border bg-white object-contain")}
      onError={() => setFailedSrc(src)}
      ref={checkLoaded}
    />
  );
}
