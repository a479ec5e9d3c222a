"use client";

import { useQuery } from "@tanstack/react-query";
import { Search } from "lucide";
import { useEffect, useId, useState } from "react";
import { Icon } from "@/components/ui/icon";
import { searchSuggestionsQuery } from "@/lib/transaction-filter-queries";
import { MAX_SEARCH_TEXT } from "@/lib/rules/transaction-filters";

const TYPING_PAUSE_MS = 350;
const MIN_SUGGEST_LENGTH = 2;

interface Props {
  value: string | null | undefined;
  onSearch: (text: string | null) => void;
}

/**
 * Free-text search over every transaction. The URL (and so the list) follows a pause in typing; Bud's suggested
 * searches for the text are offered as the browser's own suggestion list, which works with keyboard and
 * screen readers as any text field's does.
 */
export function SearchBox({ value, onSearch }: Props) {
  const id = useId();
  const [text, setText] = useState(value ?? "");
  const [typed, setTyped] = useState(false);
  // Another control (Clear filters, the back button) changed the URL: show what it says now.
  const [shown, setShown] = useState(value);
  if (value !== shown) {
    setShown(value);
    if (!typed) setText(value ?? "");
  }
  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => {
      setTyped(false);
      const trimmed = text.trim();
      if (trimmed !== (value ?? "")) onSearch(trimmed || null);
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, typed, value, onSearch]);

  const trimmed = text.trim();
  const suggestions = useQuery({
    ...searchSuggestionsQuery({ q: trimmed || "-" }),
    enabled: trimmed.length >= MIN_SUGGEST_LENGTH,
  });

  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-text">
        Search transactions
      </label>
      <div className="relative">
        <Icon of={Search} aria-hidden className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-text-muted" />
        <input
          id={id}
          type="search"
          list={`${id}-suggestions`}
          autoComplete="off"
          maxLength={MAX_SEARCH_TEXT}
          placeholder="Merchant, description or category"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setTyped(true);
          }}
          className="h-11 w-full rounded-lg border border-border-strong bg-surface pr-3 pl-9 text-base text-text transition-colors placeholder:text-text-muted hover:border-text-muted focus-visible:outline-2 focus-visible:outline-offset-0"
        />
        <datalist id={`${id}-suggestions`}>
          {(suggestions.data ?? []).map((suggestion) => (
            <option key={`${suggestion.type}:${suggestion.value}`} value={suggestion.value} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
