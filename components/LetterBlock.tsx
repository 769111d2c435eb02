import type { LetterBlock } from '../content/letter/letter-model';

/** A gap with a line under it, where a missing value can be written in by hand. */
export const Blank = ({ label, wide }: { label: string; wide?: boolean }) => (
  <span class={wide ? 'blank wide' : 'blank'} title={`${label}: not set`}>
    <span class="visually-hidden">{label}: not set</span>
  </span>
);

/**
 * One block of the letter. Each is a `.blk` that contains its own margins (flow-root), so the
 * page can add up measured heights exactly. All values render as text, never as markup.
 */
export function LetterBlockView({ block: b }: { block: LetterBlock }) {
  switch (b.kind) {
    case 'letterhead':
      return (
        <div class="blk blk-letterhead" data-key={b.key}>
          <p class="lh-name">{b.name || <Blank label="Your name" wide />}</p>
          {b.practice && <p class="lh-practice">{b.practice}</p>}
          {b.lines.map((l) => <p key={l}>{l}</p>)}
        </div>
      );
    case 'address':
      return (
        <div class="blk blk-address" data-key={b.key}>
          <p class="date">{b.date}</p>
          {b.lines.map((l) => <p key={l}>{l}</p>)}
        </div>
      );
    case 'subject':
      return (
        <div class="blk blk-subject" data-key={b.key}>
          <p>
            <strong>Re: </strong>
            <span class="patient-name">{b.patientName || <Blank label="Patient name" wide />}</span>
            {', date of birth '}
            <span class="patient-dob">{b.dob || <Blank label="Date of birth" />}</span>
          </p>
        </div>
      );
    case 'heading':
      return <div class="blk blk-heading" data-key={b.key}><h2>{b.text}</h2></div>;
    case 'para':
      return (
        <div class={`blk blk-para${b.item ? ' item' : ''}${b.cont ? ' cont' : ''}`} data-key={b.key}>
          <p>{b.text}</p>
        </div>
      );
    case 'signature':
      return (
        <div class="blk blk-signature" data-key={b.key}>
          <p>Yours sincerely,</p>
          <div class="sign-line" aria-hidden="true" />
          <p class="sign-caption">Signature</p>
          <p class="signer">{b.name || <Blank label="Your name" wide />}</p>
          {b.lines.map((l) => <p key={l}>{l}</p>)}
        </div>
      );
  }
}
