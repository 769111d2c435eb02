/**
 * The line beside a disabled button that says why it is disabled. Give the button
 * `disabled={Boolean(why)}` and `aria-describedby={why ? id : undefined}`; styled by .disabled-note.
 */
export function DisabledNote({ id, why }: { id: string; why: string | null }) {
  return why ? <p id={id} class="disabled-note">{why}</p> : null;
}
