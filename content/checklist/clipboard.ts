/**
 * Clearing a referral note from the clipboard on Clear, so that the last patient's note cannot be
 * pasted for the next one. Only a fingerprint (SHA-256) of the copied note is kept, in session
 * storage with the answers; the clipboard is compared on this machine and never sent anywhere.
 */
export interface ClipboardPort {
  write(text: string): Promise<void>;
  /** Rejects where the extension may not read the clipboard (it does not ask for that permission). */
  read(): Promise<string>;
}

export async function noteFingerprint(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** `cleared`: the note was (or may have been) there and is gone; `not-ours`: something else is there, left alone. */
export type ClipboardClear = 'nothing-copied' | 'cleared' | 'not-ours' | 'failed';

/**
 * Empties the clipboard if it still holds the note whose fingerprint is `copied`. When the browser
 * does not let the extension read the clipboard (reading needs the `clipboardRead` permission,
 * which carries an install warning, so the extension does not ask for it), the note may still be
 * there: the clipboard is emptied anyway. Losing something copied since is the lesser harm than
 * pasting one patient's note into another's referral.
 */
export async function clearCopiedNote(clip: ClipboardPort, copied: string | null): Promise<ClipboardClear> {
  if (copied === null) return 'nothing-copied';
  let current: string | null;
  try { current = await clip.read(); } catch { current = null; }
  if (current !== null && (await noteFingerprint(current)) !== copied) return 'not-ours';
  try {
    await clip.write('');
    return 'cleared';
  } catch {
    return 'failed';
  }
}
