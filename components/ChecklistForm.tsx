import { useState } from 'preact/hooks';
import { hadInjections, ptStarted, type Answers } from '../content/checklist/answers';
import { CHRONIC_AFTER_WEEKS } from '../content/checklist/rules';
import {
  CONTEXT_CHOICES, DRIVER_CHOICES, EXCLUSION_CHOICES, IMAGING_CHOICES, IMAGING_FITS_CHOICES, INJECTION_CHOICES,
  ONSET_CHOICES, PT_COURSE_CHOICES, PT_RESPONSE_CHOICES, QUESTION_LABELS as Q, RED_FLAG_CHOICES,
  SURGERY_CHOICES, WISH_CHOICES,
} from '../content/checklist/questions';
import { CheckGroup } from './CheckGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { Lazy } from './Lazy';
import { WeeksField } from './WeeksField';

interface Props {
  answers: Answers;
  onChange: (answers: Answers) => void;
  /**
   * Told when a typed field starts or stops holding a rejected entry (its answer is then stale);
   * `name` is how a message names the field, e.g. "symptom duration".
   */
  onRejectedChange?: (name: string, rejected: boolean) => void;
  today?: () => Date;
}

/** The checklist questions, in the order a clinician thinks about them: safety first. */
export function ChecklistForm({ answers: a, onChange, onRejectedChange, today = () => new Date() }: Props) {
  const set = <K extends keyof Answers>(key: K) => (value: Answers[K]) => onChange({ ...a, [key]: value });
  const rejecting = (name: string) => (rejected: boolean) => onRejectedChange?.(name, rejected);
  // The history details load the first time they are opened, so the popup opens without them.
  const [historyOpened, setHistoryOpened] = useState(false);
  const ptIsStarted = ptStarted(a);
  // Leaving "Not started" keeps weeks and response; choosing it drops them, which no longer apply.
  const setPtCourse = (value: NonNullable<Answers['ptCourse']>) =>
    onChange(value === 'none' ? { ...a, ptCourse: value, ptWeeks: null, ptResponse: null } : { ...a, ptCourse: value });

  return (
    <form class="checklist" onSubmit={(e) => e.preventDefault()} aria-label="Referral checklist">
      <section aria-labelledby="sec-safety">
        <h2 id="sec-safety">1. Red flags</h2>
        <CheckGroup name="redFlags" legend="Tick any that are present" choices={RED_FLAG_CHOICES}
          values={a.redFlags} onChange={set('redFlags')} />
        <label class="option screened">
          <input type="checkbox" checked={a.redFlagsScreened}
            onChange={(e) => set('redFlagsScreened')(e.currentTarget.checked)} />
          <span>I screened for all of these and none is present</span>
        </label>
        <fieldset class="group">
          <legend>Not a red flag, but a different pathway</legend>
          <label class="option">
            <input type="checkbox" checked={a.inflammatory} onChange={(e) => set('inflammatory')(e.currentTarget.checked)} />
            <span>Inflammatory back pain: e.g. morning stiffness, better with movement, began before 45 (possible spondyloarthritis)</span>
          </label>
        </fieldset>
      </section>

      <section aria-labelledby="sec-pain">
        <h2 id="sec-pain">2. The pain</h2>
        <WeeksField id="durationWeeks" label={Q.durationWeeks} value={a.durationWeeks}
          onChange={set('durationWeeks')} onRejectedChange={rejecting('symptom duration')}
          hint={`More than ${CHRONIC_AFTER_WEEKS} weeks counts as chronic.`} />
        <ChoiceGroup name="onset" legend={Q.onset} choices={ONSET_CHOICES} value={a.onset} onChange={set('onset')} />
        <ChoiceGroup name="driver" legend={Q.driver} choices={DRIVER_CHOICES} value={a.driver} onChange={set('driver')} />
      </section>

      <section aria-labelledby="sec-treatment">
        <h2 id="sec-treatment">3. Treatment so far</h2>
        <ChoiceGroup name="ptCourse" legend={Q.ptCourse} choices={PT_COURSE_CHOICES} value={a.ptCourse}
          onChange={setPtCourse} />
        {ptIsStarted && (
          <div class="nested">
            <WeeksField id="ptWeeks" label={Q.ptWeeks} value={a.ptWeeks} onChange={set('ptWeeks')}
              onRejectedChange={rejecting('weeks of physical therapy')} />
            <ChoiceGroup name="ptResponse" legend={Q.ptResponse} choices={PT_RESPONSE_CHOICES}
              value={a.ptResponse} onChange={set('ptResponse')} />
          </div>
        )}
        <ChoiceGroup name="injections" legend={Q.injections} choices={INJECTION_CHOICES} value={a.injections}
          onChange={set('injections')} />
        <ChoiceGroup name="priorSurgery" legend={Q.priorSurgery} choices={SURGERY_CHOICES} value={a.priorSurgery}
          onChange={set('priorSurgery')} />
      </section>

      <section aria-labelledby="sec-imaging">
        <h2 id="sec-imaging">4. Imaging</h2>
        <ChoiceGroup name="imaging" legend="Most relevant finding" choices={IMAGING_CHOICES} value={a.imaging}
          onChange={(imaging) => onChange({ ...a, imaging, imagingFits: imaging === 'annular-tear' ? a.imagingFits : null })}
          hint="A high-intensity zone alone is not a tear: it is common in people without pain." />
        {a.imaging === 'annular-tear' && (
          <div class="nested">
            <ChoiceGroup name="imagingFits" legend={Q.imagingFits} choices={IMAGING_FITS_CHOICES} value={a.imagingFits}
              onChange={set('imagingFits')} />
          </div>
        )}
      </section>

      <section aria-labelledby="sec-other">
        <h2 id="sec-other">5. Other findings and goals</h2>
        <CheckGroup name="exclusions" legend={Q.exclusions} choices={EXCLUSION_CHOICES} values={a.exclusions}
          onChange={set('exclusions')} />
        <ChoiceGroup name="context" legend={Q.context} choices={CONTEXT_CHOICES} value={a.context}
          onChange={set('context')} />
        <CheckGroup name="wishes" legend={Q.wishes} choices={WISH_CHOICES} values={a.wishes}
          onChange={set('wishes')} />
      </section>

      <section aria-labelledby="sec-history">
        <h2 id="sec-history">6. More history for the referral note</h2>
        <details class="more-history" onToggle={(e) => { if (e.currentTarget.open) setHistoryOpened(true); }}>
          <summary>Age, exam, scores, medication, dates (optional)</summary>
          {historyOpened && (
            <Lazy load={() => import('./HistoryDetails')}>
              {(m) => (
                <m.HistoryDetails details={a.details} onChange={(details) => onChange({ ...a, details })}
                  onRejectedChange={(name, on) => onRejectedChange?.(name, on)} today={today}
                  ptStarted={ptIsStarted} hadInjections={hadInjections(a)} hadSurgery={a.priorSurgery === 'yes'}
                  imaged={a.imaging !== null && a.imaging !== 'none'} />
              )}
            </Lazy>
          )}
        </details>
      </section>
    </form>
  );
}
