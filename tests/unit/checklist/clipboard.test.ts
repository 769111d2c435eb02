import { describe, expect, it, vi } from 'vitest';
import { clearCopiedNote, noteFingerprint } from '../../../content/checklist/clipboard';

const fakeClipboard = (contents: string | Error) => {
  let text = contents;
  return {
    write: vi.fn(async (t: string) => { text = t; }),
    read: vi.fn(async () => { if (text instanceof Error) throw text; return text; }),
    get text() { return text; },
  };
};

describe('clearCopiedNote', () => {
  it('empties the clipboard when it still holds the note copied from here', async () => {
    const clip = fakeClipboard('the note');
    expect(await clearCopiedNote(clip, await noteFingerprint('the note'))).toBe('cleared');
    expect(clip.text).toBe('');
  });

  it('leaves something else alone', async () => {
    const clip = fakeClipboard('a phone number copied since');
    expect(await clearCopiedNote(clip, await noteFingerprint('the note'))).toBe('not-ours');
    expect(clip.write).not.toHaveBeenCalled();
  });

  it('does nothing when no note was copied', async () => {
    const clip = fakeClipboard('the note');
    expect(await clearCopiedNote(clip, null)).toBe('nothing-copied');
    expect(clip.read).not.toHaveBeenCalled();
    expect(clip.write).not.toHaveBeenCalled();
  });

  it('empties it anyway when the clipboard cannot be read: the note may still be there', async () => {
    const clip = fakeClipboard(new Error('NotAllowedError'));
    expect(await clearCopiedNote(clip, await noteFingerprint('the note'))).toBe('cleared');
    expect(clip.write).toHaveBeenCalledWith('');
  });

  it('reports a failure to write', async () => {
    const clip = { read: async () => 'the note', write: async () => { throw new Error('denied'); } };
    expect(await clearCopiedNote(clip, await noteFingerprint('the note'))).toBe('failed');
  });

  it('keeps only a fingerprint, never the text', async () => {
    expect(await noteFingerprint('the note')).toMatch(/^[0-9a-f]{64}$/);
  });
});
