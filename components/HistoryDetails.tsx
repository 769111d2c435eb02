import type { ComponentChildren } from 'preact';
import { AGE_TOP, MEDICATION_IDS, type Details, type MedicationId } from '../content/checklist/answers';
import { NUMBER_RULES, parseMonth } from '../content/checklist/history-input';
import { parseNumber } from '../content/checklist/input';
import {
  COMORBIDITY_CHOICES, DOMINANT_CHOICES, EXAM_CHOICES, EXAM_LABELS, LEVEL_CHOICES, MEDICATION_LABELS,
  RESPONSE_CHOICES, SENSORY_CHOICES, SEX_CHOICES, SPREAD_CHOICES, START_BACK_CHOICES, SURGERY_TYPE_CHOICES,
  WORK_CHOICES,
} from '../content/checklist/history-questions';
import type { Choice } from '../content/checklist/questions';
import { CheckGroup } from './CheckGroup';
import { ChoiceGroup } from './ChoiceGroup';
import { ParsedField, type Parsed } from './ParsedField';

interface Props {
  details: Details;
  onChange: (details: Details) => void;
  /** Told when a field starts or stops holding a rejected entry; `name` is how a message names it. */
  onRejectedChange: (name: string, rejected: boolean) => void;
  today: () => Date;
  /** Which treatment parts apply (asked only when that treatment was given). */
  ptStarted: boolean;
  hadInjections: boolean;
  hadSurgery: boolean;
  imaged: boolean;
}

type NumberKey = 'age' | 'nprsNow' | 'nprsBest' | 'nprsWorst' | 'odi' | 'ptVisits' | 'injectionCount' | 'injectionReliefWeeks';
type MonthKey = 'ptStart' | 'injectionLast' | 'imagingDate' | 'surgeryDate';

const num = (rule: (typeof NUMBER_RULES)[keyof typeof NUMBER_RULES]) => (t: string): Parsed<number> => parseNumber(t, rule);

/** Medication response, with "Not tried" standing for no answer. */
type MedChoice = NonNullable<Details['meds'][MedicationId]> | 'not-tried';
const MED_CHOICES: readonly Choice<MedChoice>[] = [{ value: 'not-tried', label: 'Not tried' }, ...RESPONSE_CHOICES];

function Group({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <details class="history-group">
      <summary>{title}</summary>
      <div class="history-body">{children}</div>
    </details>
  );
}

/**
 * The fuller history, opened on demand so that the first screen stays short. None of it names the
 * patient. Scores are entered, not administered: ODI and STarT Back are copyrighted questionnaires,
 * so the clinician records the score they obtained and the note names the instrument.
 */
export function HistoryDetails({ details: d, onChange, onRejectedChange, today, ptStarted, hadInjections, hadSurgery, imaged }: Props) {
  const set = <K extends keyof Details>(key: K) => (value: Details[K]) => onChange({ ...d, [key]: value });
  const reject = (name: string) => (on: boolean) => onRejectedChange(name, on);
  const number = (key: NumberKey, label: string, name: string, rule: Parameters<typeof num>[0], hint?: string) => (
    <ParsedField id={`d-${key}`} label={label} value={d[key]} parse={num(rule)} onChange={set(key)}
      onRejectedChange={reject(name)} hint={hint} inputMode={'integer' in rule && rule.integer ? 'numeric' : 'decimal'} size={5} />
  );
  const month = (key: MonthKey, label: string, name: string) => (
    <ParsedField id={`d-${key}`} label={label} value={d[key]} parse={(t) => parseMonth(t, today())} onChange={set(key)}
      onRejectedChange={reject(name)} hint="Month and year, e.g. 2025-03" inputMode="text" size={8} />
  );
  const setMed = (m: MedicationId) => (v: MedChoice) => onChange({ ...d, meds: { ...d.meds, [m]: v === 'not-tried' ? null : v } });

  return (
    <div class="history">
      <Group title="Patient: age, sex, work, conditions">
        {number('age', 'Age in years', 'age', NUMBER_RULES.age, `Enter ${AGE_TOP} for 90 or older. No names or other identifiers here.`)}
        <ChoiceGroup name="d-sex" legend="Sex" choices={SEX_CHOICES} value={d.sex} onChange={set('sex')} />
        <ChoiceGroup name="d-work" legend="Work" choices={WORK_CHOICES} value={d.work} onChange={set('work')} />
        <CheckGroup name="d-comorbidities" legend="Relevant conditions" choices={COMORBIDITY_CHOICES}
          values={d.comorbidities} onChange={set('comorbidities')} />
      </Group>

      <Group title="Pain: where it is, what changes it">
        <ChoiceGroup name="d-dominant" legend="Back or leg dominant" choices={DOMINANT_CHOICES} value={d.dominant} onChange={set('dominant')} />
        <ChoiceGroup name="d-spread" legend="Where the pain spreads" choices={SPREAD_CHOICES} value={d.spread} onChange={set('spread')} />
        <ChoiceGroup name="d-sensory" legend="Sensory symptoms" choices={SENSORY_CHOICES} value={d.sensory} onChange={set('sensory')} />
        <label class="option">
          <input type="checkbox" checked={d.claudication} onChange={(e) => set('claudication')(e.currentTarget.checked)} />
          <span>Long-standing symptoms in both legs on walking, eased by sitting or bending forward (not new)</span>
        </label>
        <TextArea id="d-worse" label="Worse with" value={d.worse} max={200} onInput={set('worse')} />
        <TextArea id="d-better" label="Better with" value={d.better} max={200} onInput={set('better')} />
      </Group>

      <Group title="Neurological exam">
        {(Object.keys(EXAM_LABELS) as (keyof typeof EXAM_LABELS)[]).map((k) => (
          <ChoiceGroup key={k} name={`d-${k}`} legend={EXAM_LABELS[k]} choices={EXAM_CHOICES[k] as readonly Choice<string>[]}
            value={d[k]} onChange={(v) => onChange({ ...d, [k]: v })} />
        ))}
      </Group>

      <Group title="Scores: NPRS, ODI, STarT Back">
        <p class="hint">Enter the scores you obtained; the questionnaires themselves are not included.</p>
        {number('nprsNow', 'Pain now (NPRS 0–10)', 'pain now', NUMBER_RULES.nprs)}
        {number('nprsBest', 'Pain at best (NPRS 0–10)', 'pain at best', NUMBER_RULES.nprs)}
        {number('nprsWorst', 'Pain at worst (NPRS 0–10)', 'pain at worst', NUMBER_RULES.nprs)}
        {number('odi', 'Oswestry Disability Index (%)', 'ODI', NUMBER_RULES.odi)}
        <ChoiceGroup name="d-startBack" legend="STarT Back Tool group" choices={START_BACK_CHOICES} value={d.startBack}
          onChange={set('startBack')} />
      </Group>

      <Group title="Medication tried, with response">
        {MEDICATION_IDS.map((m) => (
          <ChoiceGroup key={m} name={`d-med-${m}`} legend={MEDICATION_LABELS[m]} choices={MED_CHOICES}
            value={d.meds[m] ?? 'not-tried'} onChange={setMed(m)} />
        ))}
      </Group>

      <Group title="Treatment and imaging dates">
        {ptStarted ? <>
          {month('ptStart', 'PT started', 'PT start')}
          {number('ptVisits', 'PT visits so far', 'PT visits', NUMBER_RULES.visits)}
        </> : <p class="hint">PT dates: answer “Dedicated physical therapy course” first.</p>}
        {hadInjections ? <>
          {number('injectionCount', 'Number of injections', 'number of injections', NUMBER_RULES.injections)}
          {month('injectionLast', 'Last injection', 'last injection')}
          {number('injectionReliefWeeks', 'Longest relief (weeks)', 'weeks of injection relief', NUMBER_RULES.weeks)}
        </> : <p class="hint">Injection details: answer “Epidural steroid injections” with a relief first.</p>}
        {imaged ? <>
          {month('imagingDate', 'Imaging date', 'imaging date')}
          <ChoiceGroup name="d-imagingLevel" legend="Imaging: level of the main finding" choices={LEVEL_CHOICES}
            value={d.imagingLevel} onChange={set('imagingLevel')} />
        </> : <p class="hint">Imaging details: choose an imaging finding first.</p>}
        {hadSurgery ? <>
          <ChoiceGroup name="d-surgeryType" legend="Surgery type" choices={SURGERY_TYPE_CHOICES} value={d.surgeryType}
            onChange={set('surgeryType')} />
          <ChoiceGroup name="d-surgeryLevel" legend="Surgery level" choices={LEVEL_CHOICES} value={d.surgeryLevel}
            onChange={set('surgeryLevel')} />
          {month('surgeryDate', 'Surgery date', 'surgery date')}
        </> : null}
      </Group>

      <Group title="Note for the clinic">
        <TextArea id="d-note" label="Free-text note (no names or identifiers)" value={d.note} max={1000} onInput={set('note')} />
      </Group>
    </div>
  );
}

/** A short free text with a hard limit the browser enforces, so nothing typed is cut silently later. */
function TextArea({ id, label, value, max, onInput }: { id: string; label: string; value: string; max: number; onInput: (v: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea id={id} value={value} maxLength={max} rows={2} onInput={(e) => onInput(e.currentTarget.value.slice(0, max))}
        aria-describedby={`${id}-count`} />
      <p class="hint" id={`${id}-count`}>{value.length} of {max} characters</p>
    </div>
  );
}
