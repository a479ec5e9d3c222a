import { Form, type FormProps } from "@/components/ui/form";

export interface AuthFormProps extends FormProps {
  /** What follows the form: other ways in, the link to the other form. */
  after: React.ReactNode;
  /** Called on the first hover or focus anywhere in it: fetch what submitting will need, so the click stays instant. */
  preload?: () => void;
}

/** The frame of the signed-out forms: the form, then what follows it. */
export function AuthForm({ after, preload, ...form }: AuthFormProps) {
  return (
    <div className="flex flex-col gap-6" onPointerEnter={preload} onFocus={preload}>
      <Form {...form} />
      {after}
    </div>
  );
}
