import type { ComponentChildren } from 'preact';

/** One place something is kept: what, where (in plain words), and until when. */
interface Kept {
  readonly what: string;
  readonly where: string;
  readonly until: string;
}

/*
 * The privacy page in plain words. Each line restates a row of PRIVACY.md (the technical version,
 * shown below it on the same page); change both together.
 */
const KEPT: readonly Kept[] = [
  {
    what: 'Your checklist answers',
    where: 'In the browser’s memory, on this computer only.',
    until: 'Until you press Clear or close the browser.',
  },
  {
    what: 'Patient details for the referral form (name, date of birth, phone, email, insurance)',
    where: 'In the browser’s memory, on this computer only. Never written to disk and never synced.',
    until: 'Until you press Clear patient, after 30 minutes without use, or when you close the browser, whichever comes first.',
  },
  {
    what: 'A patient’s first name typed on the handouts page',
    where: 'Only in that open tab. It is not saved.',
    until: 'Until you close the tab.',
  },
  {
    what: 'Your details and the clinic’s (name, practice, phone, fax, email, NPI)',
    where: 'Saved on this computer, so handouts and the referral form can use them.',
    until: 'Until you change them or remove the extension.',
  },
  {
    what: 'The clinic’s referral-form addresses and any field corrections you made',
    where: 'Saved on this computer.',
    until: 'Until you remove them or the extension.',
  },
];

/** What the extension keeps, where and for how long, and what never leaves the computer. */
export function PrivacySummary({ children }: { children?: ComponentChildren }) {
  return (
    <div class="privacy">
      <h1>Privacy</h1>
      <p>Spine Referral Helper is used with patient information. In short: <strong>nothing leaves your computer.</strong></p>

      <section class="never" aria-labelledby="never-title">
        <h2 id="never-title">What never leaves this computer</h2>
        <p>Patient details, your answers and your settings. The extension sends nothing anywhere: no usage statistics, no error
          reports. It cannot connect to the internet at all; its tests check that.</p>
        <p>Only you send things out. A source link you click opens that web page in a new tab, as any link does. After the
          extension fills the clinic’s referral form, you decide whether to press the form’s own Submit button; the extension
          never submits a form.</p>
      </section>

      <h2>What is kept, where, and for how long</h2>
      <ul class="kept">
        {KEPT.map((k) => (
          <li key={k.what}>
            <h3>{k.what}</h3>
            <p>{k.where}</p>
            <p><strong>Kept:</strong> {k.until}</p>
          </li>
        ))}
      </ul>

      <h2>What the extension can see</h2>
      <p>Nothing on any website until you click its toolbar button. Then only the tab you are on, and it reads or fills a form
        there only if the tab shows one of the clinic’s referral-form addresses you set in Settings.</p>

      <h2>Removing everything</h2>
      <p>Close the browser to clear patient details and answers. Remove the extension to delete everything else it saved.</p>

      {children && (
        <details class="technical">
          <summary>Technical details (for IT and privacy officers)</summary>
          {children}
        </details>
      )}
    </div>
  );
}
