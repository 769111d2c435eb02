/** The completeness check's item ids, on their own so that stored state can be checked without the items. */
export const REFERRAL_ITEM_IDS = [
  'duration', 'course', 'location', 'sensory', 'neuro-exam', 'red-flags', 'medication',
  'aggravating-relieving', 'pain-score', 'function', 'stratification', 'patient-goals',
  'pt-history', 'injection-history', 'imaging-history', 'surgery-history',
  // Documents the clinician encloses; only a tick can cover these.
  'pt-notes', 'injection-record', 'mri-report', 'surgery-records',
] as const;
export type ReferralItemId = (typeof REFERRAL_ITEM_IDS)[number];

