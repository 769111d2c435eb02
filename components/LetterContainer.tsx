import { useEffect, useMemo, useState } from 'preact/hooks';
import { EMPTY_ANSWERS, type Answers } from '../content/checklist/answers';
import { RED_FLAG_KINDS, evaluate } from '../content/checklist/rules';
import { initialEnclosures, parseEnclosurePages } from '../content/letter/enclosures';
import { buildFaxCover } from '../content/letter/fax-cover';
import { buildLetter, letterProblems, type LetterPatient } from '../content/letter/letter-model';
import { noteSections } from '../content/letter/note-source';
import { PAGE_SIZES, type PageSize } from '../content/letter/page-size';
import { EMPTY_STATE, type ChecklistState } from '../content/referral/checklist-state';
import type { ChecklistStore } from '../content/referral/checklist-store';
import { EMPTY_PATIENT, validatePatient } from '../content/referral/patient';
import type { PatientStore } from '../content/referral/patient-store';
import { DEFAULT_PROFILE, type Profile } from '../content/referral/profile';
import type { ProfileStore } from '../content/referral/profile-store';
import { FaxCoverSheet } from './FaxCoverSheet';
import { LetterControls, type LetterChoices } from './LetterControls';
import { LetterSheets, usePageRule } from './LetterSheets';

export interface LetterStores {
  profile: ProfileStore;
  /** Read once on opening; this page never writes patient details anywhere. */
  patient: Pick<PatientStore, 'load'>;
  /** Read once on opening; this page never writes the checklist either (not even a migrated state). */
  checklist: Pick<ChecklistStore, 'load'>;
}

interface Props {
  stores: LetterStores;
  initialSize: PageSize;
  onPrint: () => void;
  settingsUrl: string;
  now?: () => number;
}

/** Nothing answered yet (compared by value: stored answers are a copy). */
const unanswered = (a: Answers) =>
  (Object.keys(EMPTY_ANSWERS) as (keyof Answers)[]).every((k) => JSON.stringify(a[k]) === JSON.stringify(EMPTY_ANSWERS[k]));

const RED_FLAG = 'The checklist shows a red flag: this patient needs emergency or urgent care now. This letter is addressed to the clinic; do not send the patient’s care through a letter or fax that waits to be read. Send the patient as the checklist’s outcome says, and use the note as a handover.';
const EMPTY_CHECKLIST = 'The checklist has no answers in this browser session, so the referral note says little. Answer the checklist in the popup, then reload this page.';

/**
 * The referral letter page. The patient's name and date of birth are read from the session's
 * patient details into this component's state only: edits here are never written back, to the
 * session or anywhere else, and are gone when the tab closes.
 */
export function LetterContainer({ stores, initialSize, onPrint, settingsUrl, now = Date.now }: Props) {
  const [profile, setProfile] = useState<Profile>(DEFAULT_PROFILE);
  const [patient, setPatient] = useState<LetterPatient>({ firstName: '', lastName: '', dob: '' });
  const [checklist, setChecklist] = useState<ChecklistState | null>(null);
  const [notices, setNotices] = useState<string[]>([]);
  const [choices, setChoices] = useState<LetterChoices>({ size: initialSize, enclosures: [], enclosurePages: '', cover: true });
  const [letterPages, setLetterPages] = useState<number | null>(null);
  usePageRule(choices.size);
  const notice = (n: string) => setNotices((list) => (list.includes(n) ? list : [...list, n]));

  useEffect(() => {
    stores.profile.load().then(
      (r) => { setProfile(r.profile); if (r.notice) notice(r.notice); },
      () => notice('Your settings could not be read; the clinic defaults are shown.'),
    );
    stores.patient.load(now()).then(
      (r) => { setPatient({ firstName: r.patient.firstName, lastName: r.patient.lastName, dob: r.patient.dob }); if (r.notice) notice(r.notice); },
      () => notice('Patient details could not be read from this session: type them below.'),
    );
    stores.checklist.load().then(
      (r) => {
        setChecklist(r.state);
        setChoices((c) => ({ ...c, enclosures: initialEnclosures(r.state.included) }));
        if (r.notice) notice(r.notice);
      },
      () => { setChecklist(EMPTY_STATE); notice('The checklist could not be read from this session.'); },
    );
  }, [stores]);

  const today = new Date(now());
  const dayKey = today.toDateString();
  const patientErrors = validatePatient({ ...EMPTY_PATIENT, ...patient }, today);
  // A rejected entry never reaches the page: the letter shows the last valid value's blank instead.
  const printable: LetterPatient = {
    firstName: patientErrors.firstName ? '' : patient.firstName,
    lastName: patientErrors.lastName ? '' : patient.lastName,
    dob: patientErrors.dob ? '' : patient.dob,
  };
  const outcome = useMemo(() => (checklist ? evaluate(checklist.answers) : null), [checklist]);
  const sections = useMemo(
    () => (checklist && outcome ? noteSections(checklist.answers, checklist.included, today, outcome) : []),
    [checklist, dayKey],
  );
  const model = useMemo(
    () => buildLetter({ profile, patient: printable, date: today, sections, enclosures: choices.enclosures }),
    [profile, printable.firstName, printable.lastName, printable.dob, sections, choices.enclosures, dayKey],
  );
  const pages = parseEnclosurePages(choices.enclosurePages);
  const cover = buildFaxCover({
    profile, date: today, letterPages,
    hasEnclosures: choices.enclosures.length > 0, enclosurePages: pages.ok ? pages.pages : null,
  });
  const problems = letterProblems(profile, printable).filter((p) => choices.cover || (p.id !== 'clinic-fax' && p.id !== 'referrer-fax'));
  const redFlag = outcome !== null && RED_FLAG_KINDS.has(outcome.kind);
  const allNotices = [...(redFlag ? [RED_FLAG] : []), ...notices, ...(checklist && unanswered(checklist.answers) ? [EMPTY_CHECKLIST] : [])];

  return (
    <>
      <LetterControls
        notices={allNotices} problems={problems}
        patient={patient} patientErrors={patientErrors} onPatient={setPatient}
        choices={choices} onChoices={setChoices} pagesError={pages.ok ? undefined : pages.message}
        letterPages={letterPages} canPrint={checklist !== null && letterPages !== null && pages.ok && Object.keys(patientErrors).length === 0}
        onPrint={onPrint} settingsUrl={settingsUrl}
      />
      <div class="sheets" role="region" aria-label={`Print preview, ${PAGE_SIZES[choices.size].label}`} tabIndex={0}>
        {choices.cover && <FaxCoverSheet cover={cover} size={choices.size} />}
        {checklist && <LetterSheets model={model} size={choices.size} onPages={setLetterPages} />}
      </div>
    </>
  );
}
