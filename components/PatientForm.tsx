import { CONTACT_LABELS, IDLE_MINUTES, type Patient, type PatientErrors } from '../content/referral/patient';
import { TextField } from './TextField';

interface Props {
  patient: Patient;
  errors: PatientErrors;
  onChange: (patient: Patient) => void;
  onClear: () => void;
}

/** The patient's details for the referral form. PHI: the container keeps them in session storage only. */
export function PatientForm({ patient: p, errors, onChange, onClear }: Props) {
  const set = (key: keyof Patient) => (value: string) => onChange({ ...p, [key]: value });
  return (
    <fieldset class="patient">
      <legend>Patient details</legend>
      <p class="hint">Kept only while this browser is open, and cleared after {IDLE_MINUTES} minutes without use.</p>
      <div class="two">
        <TextField id="patient-first" label="First name" value={p.firstName} onInput={set('firstName')} error={errors.firstName} />
        <TextField id="patient-last" label="Last name" value={p.lastName} onInput={set('lastName')} error={errors.lastName} />
        <TextField id="patient-dob" label="Date of birth" type="date" value={p.dob} onInput={set('dob')} error={errors.dob} />
        <TextField id="patient-phone" label="Phone" type="tel" value={p.phone} onInput={set('phone')} error={errors.phone} />
        <TextField id="patient-email" label="Email" type="email" value={p.email} onInput={set('email')} error={errors.email} />
        <div class="field">
          <label for="patient-contact">Preferred contact</label>
          <select id="patient-contact" value={p.preferredContact} onChange={(e) => set('preferredContact')(e.currentTarget.value)}>
            <option value="">Not stated</option>
            {Object.entries(CONTACT_LABELS).map(([value, label]) => <option key={value} value={value}>{label}</option>)}
          </select>
        </div>
        <TextField id="patient-insurance" label="Insurance (optional)" value={p.insurance} onInput={set('insurance')} error={errors.insurance} />
      </div>
      <button type="button" onClick={onClear}>Clear patient</button>
    </fieldset>
  );
}
