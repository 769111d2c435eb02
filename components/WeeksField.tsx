import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { parseWeeks } from '../content/checklist/answers';
import { TextField } from './TextField';

interface Props {
  id: string;
  label: string;
  value: number | null;
  /** Called only with valid values; invalid text shows a message and changes nothing. */
  onChange: (weeks: number | null) => void;
  /** Told `true` while the field holds text it rejected, and `false` once it no longer does (or unmounts). */
  onRejectedChange?: (rejected: boolean) => void;
  hint?: string;
}

const show = (weeks: number | null) => (weeks === null ? '' : String(weeks));

/** A number of weeks typed as text, so that a wrong entry can be explained instead of dropped. */
export function WeeksField({ id, label, value, onChange, onRejectedChange, hint }: Props) {
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

  // The answer keeps the last valid value, so whoever uses it must know the text on screen differs.
  // A layout effect runs as the render commits; a plain effect waits for a frame (up to 100 ms in
  // Preact), long enough for a quick click on Copy to slip through.
  const rejected = error !== null;
  useLayoutEffect(() => {
    if (!rejected || !onRejectedChange) return;
    onRejectedChange(true);
    return () => onRejectedChange(false);
  }, [rejected]);

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

  const months = value !== null && value >= 8 ? `About ${Math.round((value / 4.345) * 10) / 10} months.` : null;
  return (
    <TextField id={id} label={label} value={text} onInput={onInput} hint={hint} error={error ?? undefined}
      inputMode="decimal" size={6} alert>
      {months && !error && <span class="aside">{months}</span>}
    </TextField>
  );
}
