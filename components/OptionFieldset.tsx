import type { ComponentChildren } from 'preact';

interface Props {
  /** Builds the hint id, so the hint is read out with the group. */
  name: string;
  legend: string;
  hint?: string;
  children: ComponentChildren;
}

/** The shell of a group of radios or checkboxes: fieldset, legend, optional hint, wrapping row. */
export function OptionFieldset({ name, legend, hint, children }: Props) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="group" aria-describedby={hintId}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={hintId}>{hint}</p>}
      <div class="options">{children}</div>
    </fieldset>
  );
}
