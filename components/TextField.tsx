import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email' | 'url';
  size?: number;
  /** Announce the error as soon as it appears (for checks made while typing). */
  alert?: boolean;
  /** Shown after the input, e.g. a unit conversion. */
  children?: ComponentChildren;
}

/** A labelled text input with an optional hint and an inline error tied to it for screen readers. */
export function TextField({ id, label, value, onInput, error, hint, type = 'text', autoComplete = 'off', inputMode, size, alert, children }: Props) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        // Preact types each input `type` as its own variant; all four here are plain text boxes.
        type={type as 'text'}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        size={size}
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {children}
      {error && <p class="error" id={`${id}-error`} role={alert ? 'alert' : undefined}>{error}</p>}
    </div>
  );
}
