import { GUIDELINES, type Source } from '../checklist/sources';
import { EVIDENCE } from './evidence';

/**
 * The two-level safety card, printed on page 1 of every handout and printable on its own.
 * Complete against the red-flag list in shared/source/clinic-facts.md (NICE NG59; ACP 2017 /
 * AHCPR): cauda equina signs send the patient to the emergency department now; every other red
 * flag (worsening nerve signs, infection, cancer, fracture) means a call to the doctor today.
 * Where the sources are silent on how fast, we choose the safer route: if the doctor cannot be
 * reached today, urgent care or the emergency department instead (see `todayFallback`).
 */
export const SAFETY_CARD = {
  title: 'When to get help now',
  emergency: {
    heading: 'Go to the emergency department or call 911 now if you have:',
    /** Possible cauda equina syndrome (GIRFT): saddle numbness, new bladder or bowel trouble, new symptoms in both legs, new loss of sexual function. */
    signs: [
      'Numbness between your legs, around your bottom or private parts.',
      'New trouble passing urine, or leaking urine or stool you cannot control.',
      'New numbness, tingling or weakness in both legs.',
      'New problems with sexual feeling or function.',
    ],
  },
  today: {
    heading: 'Call your doctor today if you have back pain and:',
    signs: [
      'Leg weakness, or a foot that drags, that is new or getting worse.',
      'A fever or chills.',
      'A recent infection, a weak immune system, or you inject drugs.',
      'You have had cancer, or you lose weight without trying.',
      'Pain at night that rest does not ease.',
      'A recent fall or accident, or you have thin bones or take steroid pills.',
    ],
  },
  todayFallback: 'If you cannot reach your doctor today, go to urgent care or the emergency department.',
  sources: [GUIDELINES.caudaEquina, GUIDELINES.redFlags, EVIDENCE.niceNg59] as readonly Source[],
} as const;

/**
 * Whom the card names beside its phone number. "Call your doctor today" must not sit next to an
 * unnamed number that is the clinic's or the referring PT's, so the number is printed with its
 * owner: the clinic when its phone is set, else the referrer's practice (or name).
 */
export function safetyContact(clinic: { name: string; phone: string }, referrer: { name: string; practice: string; phone: string }):
  { name: string; phone: string } | null {
  if (clinic.phone) return { name: clinic.name || 'the clinic', phone: clinic.phone };
  if (referrer.phone) return { name: referrer.practice || referrer.name || 'your clinician', phone: referrer.phone };
  return null;
}

/** Printed on every handout: what a handout is and is not. The handout adds its own closing line. */
export const HANDOUT_NOTE = [
  'This handout is general education. It is not a diagnosis or a treatment plan.',
  'Results differ from person to person.',
] as const;
