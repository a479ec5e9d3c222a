"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { toast } from "sonner";
import { SimilarPreview } from "@/components/transactions/detail/similar-preview";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { errorMessage } from "@/components/ui/error-message";
import { SelectField } from "@/components/ui/select-field";
import { ApiError, apiFetch } from "@/lib/api-fetch";
import type { Transaction } from "@/lib/domain";
import { humanizeSlug } from "@/lib/format";
import { categoryTaxonomyQuery } from "@/lib/queries";
import type { RecategoriseBody } from "@/lib/schemas/transactions";

/**
 * Query keys whose answers a recategorisation changes: every transaction list (all of them start with
 * "transactions"; an account's start with "accounts") and the category totals and budgets built on categories.
 */
const CHANGED_BY_CATEGORIES = ["transactions", "accounts", "totals", "insights", "spending", "budgets"];

/**
 * Choose a category, see which similar transactions would change with it, and apply it to this one or to all
 * similar (past and future). A failure keeps the dialog open with the error and the choice as it was.
 */
export function RecategoriseDialog({ transaction, transactionRef }: { transaction: Transaction; transactionRef: string }) {
  const [open, setOpen] = useState(false);
  const [l1, setL1] = useState(transaction.category?.l1 ?? "");
  const [l2, setL2] = useState(transaction.category?.l2 ?? "");
  const [scope, setScope] = useState<"one" | "similar">("similar");
  const { data: taxonomy = [] } = useQuery({ ...categoryTaxonomyQuery(), enabled: open });
  const queryClient = useQueryClient();
  const mutation = useMutation({
    // The route checks the slugs (its field errors show under each select); both come from the taxonomy.
    mutationFn: (body: RecategoriseBody) =>
      apiFetch<Transaction>(`/api/transactions/${encodeURIComponent(transactionRef)}/category`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (query) => CHANGED_BY_CATEGORIES.includes(String(query.queryKey[0])),
      });
      toast.success(scope === "similar" ? "Category changed for this and similar transactions" : "Category changed");
      setOpen(false);
    },
  });
  const fields = mutation.error instanceof ApiError ? mutation.error.fields : {};
  const subcategories = taxonomy.find((category) => category.slug === l1)?.subcategories ?? [];
  const unchanged = l1 === (transaction.category?.l1 ?? "") && (l2 || null) === (transaction.category?.l2 ?? null);

  return (
    <Dialog.Root
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) mutation.reset();
      }}
    >
      <Dialog.Trigger asChild>
        <Button variant="secondary" size="sm">
          Change
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 flex max-h-[90dvh] w-[calc(100%-2rem)] max-w-lg -translate-x-1/2 -translate-y-1/2 flex-col gap-5 overflow-y-auto rounded-2xl border border-border bg-surface p-5 shadow-xl sm:p-6">
          <div>
            <Dialog.Title className="text-lg font-semibold text-text">Change category</Dialog.Title>
            <Dialog.Description className="mt-1 text-sm text-text-muted">
              {transaction.merchant?.name ?? transaction.description}
            </Dialog.Description>
          </div>
          <form
            className="flex flex-col gap-5"
            onSubmit={(event) => {
              event.preventDefault();
              mutation.mutate({ category_l1: l1, category_l2: l2 || null, include_similar: scope === "similar" });
            }}
          >
            <div className="grid gap-3 sm:grid-cols-2">
              <SelectField label="Category" value={l1} required hint={fields.category_l1} onChange={(event) => { setL1(event.target.value); setL2(""); }}>
                <option value="" disabled>
                  Choose…
                </option>
                {taxonomy.map((category) => (
                  <option key={category.slug} value={category.slug}>
                    {humanizeSlug(category.slug)}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Subcategory" value={l2} hint={fields.category_l2} disabled={!l1} onChange={(event) => setL2(event.target.value)}>
                <option value="">None</option>
                {subcategories.map((slug) => (
                  <option key={slug} value={slug}>
                    {humanizeSlug(slug)}
                  </option>
                ))}
              </SelectField>
            </div>
            <fieldset className="flex flex-col gap-2">
              <legend className="mb-2 text-sm font-medium text-text">Apply to</legend>
              <label className="flex items-start gap-2 text-sm text-text">
                <input type="radio" name="scope" className="mt-0.5 size-4 accent-accent" checked={scope === "similar"} onChange={() => setScope("similar")} />
                This and all similar transactions, past and future
              </label>
              <label className="flex items-start gap-2 text-sm text-text">
                <input type="radio" name="scope" className="mt-0.5 size-4 accent-accent" checked={scope === "one"} onChange={() => setScope("one")} />
                Only this transaction
              </label>
            </fieldset>
            {open && scope === "similar" && <SimilarPreview transactionRef={transactionRef} />}
            {mutation.isError && <Alert>{errorMessage(mutation.error)}</Alert>}
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" loading={mutation.isPending} disabled={!l1 || unchanged}>
                {scope === "similar" ? "Apply to all similar" : "Apply to this one"}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
