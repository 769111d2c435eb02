import { useEffect, useState } from 'preact/hooks';
import { parseWeeks } from '../content/checklist/answers';

interface Props {
  id: string;
  label: string;
  value: number | null;
  /** Called only with valid values; invalid text shows a message and changes nothing. */
  onChange: (weeks: number | null) => void;
  hint?: string;
}

const show = (weeks: number | null) => (weeks === null ? '' : String(weeks));

/** A number of weeks typed as text, so that a wrong entry can be explained instead of dropped. */
export function WeeksField({ id, label, value, onChange, hint }: Props) {
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (restored answers). Clear remounts the form, which resets the text.
  useEffect(() => {
    const current = parseWeeks(text);
    if (!current.ok || current.weeks !== value) {
      setText(show(value));
      setError(null);
    }
  }, [value]);

  const onInput = (next: string) => {
    setText(next);
    const parsed = parseWeeks(next);
    if (parsed.ok) {
      setError(null);
      if (parsed.weeks !== value) onChange(parsed.weeks);
    } else {
      setError(parsed.message);
    }
  };

  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const months = value !== null && value >= 8 ? `About ${Math.round((value / 4.345) * 10) / 10} months.` : null;
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={6}
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      {months && !error && <span class="aside">{months}</span>}
      {error && <p class="error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}
