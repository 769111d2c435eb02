import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { TextField } from './TextField';

export type Parsed<T> = { ok: true; value: T | null } | { ok: false; message: string };

interface Props<T> {
  id: string;
  label: string;
  value: T | null;
  parse: (text: string) => Parsed<T>;
  /** Called only with valid values; invalid text shows a message and changes nothing. */
  onChange: (value: T | null) => void;
  /** Told `true` while the field holds text it rejected, and `false` once it no longer does (or unmounts). */
  onRejectedChange?: (rejected: boolean) => void;
  hint?: string;
  inputMode?: 'decimal' | 'numeric' | 'text';
  size?: number;
  /** Shown after the input while the entry is valid, e.g. a unit conversion. */
  aside?: (value: T | null) => ComponentChildren;
}

const show = (v: unknown) => (v === null ? '' : String(v));

/**
 * A value typed as text, so that a wrong entry can be explained instead of dropped or misread.
 * The answer keeps the last valid value while the text is rejected; the container is told, so that
 * nothing built from the answers (outcome aside) is copied while the screen shows something else.
 */
export function ParsedField<T>({ id, label, value, parse, onChange, onRejectedChange, hint, inputMode = 'decimal', size = 6, aside }: Props<T>) {
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);

  // Follow outside changes (restored answers, Undo). Clear remounts the form, which resets the text.
  useEffect(() => {
    const current = parse(text);
    if (!current.ok || current.value !== value) {
      setText(show(value));
      setError(null);
    }
  }, [value]);

  // A layout effect runs as the render commits; a plain effect waits for a frame, long enough for
  // a quick click on Copy to slip through.
  const rejected = error !== null;
  useLayoutEffect(() => {
    if (!rejected || !onRejectedChange) return;
    onRejectedChange(true);
    return () => onRejectedChange(false);
  }, [rejected]);

  const onInput = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if (parsed.ok) {
      setError(null);
      if (parsed.value !== value) onChange(parsed.value);
    } else {
      setError(parsed.message);
    }
  };

  return (
    <TextField id={id} label={label} value={text} onInput={onInput} hint={hint} error={error ?? undefined}
      inputMode={inputMode} size={size} alert>
      {aside && !error && aside(value)}
    </TextField>
  );
}
