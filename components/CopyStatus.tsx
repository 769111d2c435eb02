export type CopyState =
  | { kind: 'idle' }
  | { kind: 'copied' }
  | { kind: 'failed'; text: string }
  /** Not copied because the note would not match what is on screen; `message` says what to fix. */
  | { kind: 'refused'; message: string };

/** What happened on Copy, and the manual fallback when the browser refused the clipboard. */
export function CopyStatus({ copy }: { copy: CopyState }) {
  return (
    <>
      {copy.kind === 'refused' && <p class="error" role="alert">{copy.message}</p>}
      <div role="status" class="copy-status">
        {copy.kind === 'copied' && 'Referral note copied. It holds no patient identifiers.'}
      </div>
      {copy.kind === 'failed' && (
        <div class="copy-fallback">
          <label for="summary-text">Copying was blocked. The note is selected below: press Ctrl+C (⌘C on a Mac).</label>
          <textarea id="summary-text" readOnly rows={8} value={copy.text}
            ref={(el) => { el?.focus(); el?.select(); }} />
        </div>
      )}
    </>
  );
}
