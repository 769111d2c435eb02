import { hadInjections, ptStarted, type Answers } from '../checklist/answers';
import type { Patient } from '../referral/patient';
import { parseDob } from '../referral/patient';
import type { Profile } from '../referral/profile';
import type { Imaging, ReferralValues, Treatment } from './targets';
import { noteTitle, referralNoteSections } from '../checklist/referral-note';
import { evaluate } from '../checklist/rules';
import { formNoteSections, referralFacts } from './note';

/** Treatments the checklist knows were tried (chiropractic is not asked, so never ticked). */
function treatmentsTried(a: Answers): Treatment[] {
  const tried: Treatment[] = [];
  if (ptStarted(a)) tried.push('pt');
  if (Object.values(a.details.meds).some((r) => r !== null)) tried.push('medication');
  if (hadInjections(a)) tried.push('injections');
  if (a.priorSurgery === 'yes') tried.push('surgery');
  return tried;
}

/** Imaging available: any MRI answer means an MRI; "none yet" means none; unanswered stays unknown. */
function imagingAvailable(a: Answers): Imaging | null {
  if (a.imaging === null) return null;
  return a.imaging === 'none' ? 'none' : 'mri';
}

/**
 * Everything the filler may write, from the patient details, the settings and the checklist.
 * The notes box gets the clinical referral note (content/checklist/referral-note.ts), the same text
 * Copy gives on `today`: no checklist reasoning, no completeness list, no addresses.
 */
export function referralValues(patient: Patient, profile: Profile, answers: Answers, included: readonly string[], today: Date,
  outcome = evaluate(answers)): ReferralValues {
  const noteSections = formNoteSections(noteTitle(today), referralNoteSections(answers, outcome, included, today));
  return {
    patient: {
      firstName: patient.firstName,
      lastName: patient.lastName,
      dob: parseDob(patient.dob),
      phone: patient.phone,
      email: patient.email,
      preferredContact: patient.preferredContact === '' ? null : patient.preferredContact,
      insurance: patient.insurance,
    },
    referrer: { ...profile.referrer },
    referral: {
      reason: noteSections.map((s) => s.text).join('\n\n'), noteSections, facts: referralFacts(answers),
      durationWeeks: answers.durationWeeks, treatments: treatmentsTried(answers), imaging: imagingAvailable(answers),
    },
  };
}
