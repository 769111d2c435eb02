import type { ContactMethod } from '../referral/patient';
import type { Referrer } from '../referral/profile';
import type { Fact } from './keywords';

/** One section of the clinical referral note (same shape as content/checklist/referral-note.ts sections). */
export interface NoteSection {
  readonly id: string;
  readonly heading: string;
  readonly text: string;
}

/** What a field can be filled with. Parts of a date of birth are separate targets. */
export const TARGETS = [
  'patient.firstName', 'patient.lastName', 'patient.fullName', 'patient.dob', 'patient.dob.month', 'patient.dob.day', 'patient.dob.year',
  'patient.phone', 'patient.email', 'patient.preferredContact', 'patient.insurance',
  'referrer.name', 'referrer.firstName', 'referrer.lastName', 'referrer.nameCredentials', 'referrer.credentials', 'referrer.practice', 'referrer.npi', 'referrer.phone', 'referrer.fax',
  'referrer.email', 'referral.reason', 'referral.durationWeeks', 'referral.treatments', 'referral.imaging',
  'referral.fact.mri', 'referral.fact.pt', 'referral.fact.ptCompleted', 'referral.fact.injections', 'referral.fact.surgery', 'referral.fact.redFlags',
  'referral.fact.redFlagsPresent',
] as const;
export type Target = (typeof TARGETS)[number];

export const TREATMENTS = ['pt', 'injections', 'surgery', 'medication', 'chiropractic'] as const;
export type Treatment = (typeof TREATMENTS)[number];
export type Imaging = 'mri' | 'xray' | 'ct' | 'none';

/** Everything the filler may put into the clinic's form. Empty strings and nulls are never written. */
export interface ReferralValues {
  patient: {
    firstName: string;
    lastName: string;
    dob: { year: number; month: number; day: number } | null;
    phone: string;
    email: string;
    preferredContact: ContactMethod | null;
    insurance: string;
  };
  referrer: Referrer;
  referral: {
    /** The clinical referral note as one text (its sections joined). */
    reason: string;
    durationWeeks: number | null;
    treatments: readonly Treatment[];
    imaging: Imaging | null;
    /** Yes/no facts the checklist holds; null when not answered. */
    facts?: Readonly<Partial<Record<Fact, boolean | null>>>;
    /** The note's sections, most important first, so a short box gets the sections that fit. */
    noteSections?: readonly NoteSection[];
  };
}

/** Human names for the plan view and the report. */
export const TARGET_LABELS: Readonly<Record<Target, string>> = {
  'patient.firstName': 'Patient first name',
  'patient.lastName': 'Patient last name',
  'patient.fullName': 'Patient name',
  'patient.dob': 'Patient date of birth',
  'patient.dob.month': 'Patient date of birth (month)',
  'patient.dob.day': 'Patient date of birth (day)',
  'patient.dob.year': 'Patient date of birth (year)',
  'patient.phone': 'Patient phone',
  'patient.email': 'Patient email',
  'patient.preferredContact': 'Preferred contact method',
  'patient.insurance': 'Insurance',
  'referrer.name': 'Referring provider name',
  'referrer.firstName': 'Referring provider first name',
  'referrer.lastName': 'Referring provider last name',
  'referrer.nameCredentials': 'Referring provider name and credentials',
  'referrer.credentials': 'Referring provider credentials',
  'referrer.practice': 'Practice',
  'referrer.npi': 'NPI',
  'referrer.phone': 'Referring provider phone',
  'referrer.fax': 'Referring provider fax',
  'referrer.email': 'Referring provider email',
  'referral.reason': 'Reason for referral and clinical notes',
  'referral.durationWeeks': 'Symptom duration (weeks)',
  'referral.treatments': 'Treatments tried',
  'referral.imaging': 'Imaging available',
  'referral.fact.mri': 'MRI available (yes/no)',
  'referral.fact.pt': 'Physical therapy tried (yes/no)',
  'referral.fact.ptCompleted': 'Physical therapy course completed (yes/no)',
  'referral.fact.injections': 'Injections tried (yes/no)',
  'referral.fact.surgery': 'Prior spine surgery (yes/no)',
  'referral.fact.redFlags': 'Red flags screened (yes/no)',
  'referral.fact.redFlagsPresent': 'Red flags present (yes/no)',
};
