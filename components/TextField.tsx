interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email' | 'url';
}

/** A labelled text input with an optional hint and an inline error tied to it for screen readers. */
export function TextField({ id, label, value, onInput, error, hint, type = 'text', autoComplete = 'off', inputMode }: Props) {
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
        spellcheck={false}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {error && <p class="error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}
