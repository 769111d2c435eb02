import { ptStarted, type Answers } from '../content/checklist/answers';
import { CHRONIC_AFTER_WEEKS } from '../content/checklist/rules';
import {
  CONTEXT_CHOICES, DRIVER_CHOICES, EXCLUSION_CHOICES, IMAGING_CHOICES, INJECTION_CHOICES,
  ONSET_CHOICES, PT_COURSE_CHOICES, PT_RESPONSE_CHOICES, QUESTION_LABELS as Q, RED_FLAG_CHOICES,
  SURGERY_CHOICES, WISH_CHOICES,
} from '../content/checklist/questions';
import { CheckGroup } from './CheckGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { WeeksField } from './WeeksField';

/** The questions typed as text, which can hold an entry that was rejected. */
export type WeeksQuestion = 'durationWeeks' | 'ptWeeks';

interface Props {
  answers: Answers;
  onChange: (answers: Answers) => void;
  /** Told when a weeks field starts or stops holding a rejected entry (its answer is then stale). */
  onRejectedChange?: (question: WeeksQuestion, rejected: boolean) => void;
}

/** The checklist questions, in the order a clinician thinks about them: safety first. */
export function ChecklistForm({ answers: a, onChange, onRejectedChange }: Props) {
  const set = <K extends keyof Answers>(key: K) => (value: Answers[K]) => onChange({ ...a, [key]: value });
  const rejecting = (question: WeeksQuestion) => (rejected: boolean) => onRejectedChange?.(question, rejected);
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
      </section>

      <section aria-labelledby="sec-pain">
        <h2 id="sec-pain">2. The pain</h2>
        <WeeksField id="durationWeeks" label={Q.durationWeeks} value={a.durationWeeks}
          onChange={set('durationWeeks')} onRejectedChange={rejecting('durationWeeks')}
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
              onRejectedChange={rejecting('ptWeeks')} />
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
          onChange={set('imaging')} />
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
    </form>
  );
}
