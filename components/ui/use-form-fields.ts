"use client";

import { useState } from "react";
import { focusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { placeApiError } from "@/components/ui/form-errors";
import { checkFields, type FieldRule } from "@/lib/rules/field-rule";

export type FieldErrors<Field extends string> = Partial<Record<Field, React.ReactNode>>;

/** A form's fields by name, each holding what was typed (a select's or radio group's value is one of its options). */
type FieldValues<Values> = { [Field in keyof Values]: string };

/**
 * The state of a form that checks its fields with the server's own rules (lib/rules, lib/payments/form.ts), rather
 * than react-hook-form and zod, which would be 13 and ≈24 kB of the page's JavaScript (README → Performance →
 * Pages): what was typed, each field's error, the form's own message, and whether anything differs from what was
 * last saved. Pair it with components/ui/form.tsx, which hands submit the form element for focusing. `settle`
 * applies what follows from a change to the other fields (the payment's currency follows its recipient).
 */
export function useFormFields<Values extends FieldValues<Values>>(initial: Values, settle: (values: Values) => Values = (values) => values) {
  type Field = keyof Values & string;
  const [saved, setSaved] = useState(initial);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [message, setMessage] = useState<React.ReactNode>(null);

  /** Sets what the fields hold; a changed field's error goes, since it was about the old value. */
  function update(changed: Partial<Values>) {
    setValues((current) => settle({ ...current, ...changed }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !(key in changed))) as FieldErrors<Field>);
  }

  /**
   * Shows these field errors in place of the last ones, focusing the first invalid field of `form`; null when the
   * caller moves focus itself (the fields come back from another step).
   */
  function showErrors(form: HTMLFormElement | null, next: FieldErrors<Field>) {
    setErrors(next);
    if (form && Object.keys(next).length > 0) focusFirstInvalid(form);
  }

  return {
    values,
    errors,
    message,
    setMessage,
    update,
    showErrors,
    /** Whether any field differs from what was last saved (the initial values, or `reset`'s). */
    dirty: (Object.keys(values) as Field[]).some((key) => values[key] !== saved[key]),

    /** A TextField's, SelectField's or ChoiceCards' name, value, error and onChange. */
    field: <Key extends Field>(key: Key) => ({
      name: key,
      value: values[key],
      error: errors[key],
      // What the browser reports is one of the field's own options for a select or a radio: Values[Key] all the same.
      onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) => update({ [key]: event.target.value } as Partial<Values>),
    }),

    /**
     * On submit, before a round trip: checks the fields `rules` names, as the server will. Returns what to send
     * (normalised), or null with each problem shown on its field. The last attempt's message goes.
     */
    check<Checked extends Field>(form: HTMLFormElement, rules: Record<Checked, FieldRule>): Record<Checked, string> | null {
      setMessage(null);
      const checked = checkFields(rules, values);
      // Checked is a subset of Field, which TypeScript cannot see through Partial<Record<…>>.
      showErrors(form, checked.ok ? {} : (checked.problems as FieldErrors<Field>));
      return checked.ok ? checked.values : null;
    },

    /**
     * A failed request: what the server said about these fields shown on them, anything else as the message.
     * `form` as for showErrors.
     */
    showApiError(form: HTMLFormElement | null, error: unknown, fields: readonly Field[]) {
      const { onFields, message: unplaced } = placeApiError(error, fields);
      showErrors(form, onFields);
      setMessage(unplaced);
    },

    /** Starts again from `next` (what was just saved; by default the initial values), as `dirty` will compare. */
    reset(next: Values = initial) {
      setSaved(next);
      setValues(next);
      setErrors({});
    },
  };
}
