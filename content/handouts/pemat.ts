import type { HandoutId } from './types';

/**
 * A PEMAT-P audit of each handout (AHRQ's Patient Education Materials Assessment Tool, printable
 * version): every item met, not met or not applicable, with the reason. Scores are met ÷ (met +
 * not met), as the tool's guide says. tests/unit/handouts/pemat.test.ts checks that each audit
 * covers every item, that what it claims matches the handout (key points, drawings, tool, steps)
 * and that both scores reach 80%.
 */
export type Verdict = 'met' | 'not-met' | 'na';
export interface AuditItem { readonly verdict: Verdict; readonly reason: string }
export type Audit = Readonly<Record<number, AuditItem>>;

/** PEMAT-P items in our own short wording: understandability 1–12 and 15–19, actionability 20–26. */
export const PEMAT_P_ITEMS: Readonly<Record<number, { readonly scale: 'U' | 'A'; readonly item: string }>> = {
  1: { scale: 'U', item: 'Purpose is clear' },
  2: { scale: 'U', item: 'No distracting information' },
  3: { scale: 'U', item: 'Common, everyday words' },
  4: { scale: 'U', item: 'Medical terms only to familiarise, and defined' },
  5: { scale: 'U', item: 'Active voice' },
  6: { scale: 'U', item: 'Numbers are clear and easy' },
  7: { scale: 'U', item: 'No calculations expected' },
  8: { scale: 'U', item: 'Short sections' },
  9: { scale: 'U', item: 'Informative headings' },
  10: { scale: 'U', item: 'Logical order' },
  11: { scale: 'U', item: 'Summary' },
  12: { scale: 'U', item: 'Visual cues point to key points' },
  15: { scale: 'U', item: 'Visual aids wherever they help understanding' },
  16: { scale: 'U', item: 'Visual aids reinforce the text' },
  17: { scale: 'U', item: 'Visual aids have titles or captions' },
  18: { scale: 'U', item: 'Illustrations are clear and uncluttered' },
  19: { scale: 'U', item: 'Simple tables with clear headings' },
  20: { scale: 'A', item: 'Names at least one action' },
  21: { scale: 'A', item: 'Speaks to the reader directly' },
  22: { scale: 'A', item: 'Actions broken into explicit steps' },
  23: { scale: 'A', item: 'A tangible tool (log, checklist)' },
  24: { scale: 'A', item: 'How to do any calculation' },
  25: { scale: 'A', item: 'How to use tables or diagrams to act' },
  26: { scale: 'A', item: 'Visual aids wherever they help acting' },
};

const met = (reason: string): AuditItem => ({ verdict: 'met', reason });
const notMet = (reason: string): AuditItem => ({ verdict: 'not-met', reason });
const na = (reason: string): AuditItem => ({ verdict: 'na', reason });

/** Items every handout meets through the shared layout (checked by tests, not assumed). */
const SHARED: Audit = {
  1: met('The line under the title says who it is for and what it covers.'),
  2: met('Only facts the reader needs; sources sit in the footer, not the text.'),
  3: met('Everyday words; Flesch–Kincaid 7 or below (tested).'),
  4: met('Each medical term is explained where it first appears.'),
  5: met('Sentences are mostly active (“You lie face down”, “Call the clinic”).'),
  6: met('Numbers as “X in 10” and weeks with months in brackets.'),
  7: met('No sums to do.'),
  8: met('Short headed sections of one paragraph or a few bullets.'),
  9: met('Headings say what the section tells (“What is common afterward”).'),
  10: met('Key points, safety card, the facts, then what to do next.'),
  11: met('Up to three key points open the handout.'),
  12: met('Boxes for key points, safety card and questions; bold headings; bullets.'),
  20: met('A numbered “What to do next” names the actions.'),
  21: met('Written to “you” throughout.'),
  22: met('Each action is a short numbered step.'),
  24: na('The handout asks for no calculation.'),
};

const withDrawing = (which: string): Audit => ({
  15: met(`The ${which} drawing shows what the words describe.`),
  16: met('The drawing shows only the parts the text names.'),
  17: met('Each drawing has a caption under it.'),
  18: met('Flat shapes, few labels, no background.'),
});
const noDrawing = (why: string): Audit => ({
  15: notMet(why),
  16: na('No visual aids.'),
  17: na('No visual aids.'),
  18: na('No visual aids.'),
});
const withTool = (tool: string): Audit => ({
  19: met(`The ${tool} table has short, clear column headings.`),
  23: met(`The ${tool} to fill in.`),
  25: met(`One line above the ${tool} says how to use it.`),
});

function audit(...parts: Audit[]): Audit {
  return Object.assign({}, SHARED, ...parts) as Audit;
}

export const PEMAT_AUDITS: Readonly<Record<HandoutId, Audit>> = {
  'get-help-now': audit(
    noDrawing('A simple body diagram could show where saddle numbness is felt.'),
    withTool('symptom log'),
    { 26: na('The action is to call or go; the boxed two-level card is the visual for it.') },
  ),
  'pt-when-it-helps': audit(
    noDrawing('A picture of core muscles could help; not drawn yet.'),
    withTool('exercise log'),
    { 26: notMet('Exercise pictures would help; the therapist gives them.') },
  ),
  'annular-tears': audit(withDrawing('disc'), withTool('symptom log'), { 26: na('Actions are records and visits; no visual needed.') }),
  'mri-report': audit(withDrawing('disc'), withTool('report-words'), { 26: na('Actions are asking about words; no visual needed.') }),
  'disc-repair-explained': audit(
    withDrawing('treatment-site'),
    withTool('checklist'),
    { 26: na('Actions are questions to ask; no visual needed.') },
  ),
  'pt-or-disc-repair': audit(
    noDrawing('A side-by-side picture of the two treatments could help.'),
    withTool('symptom log'),
    { 26: na('Actions are PT visits and a log; no visual needed.') },
  ),
  'disc-decisions': audit(
    noDrawing('An options chart with icons could help compare choices.'),
    withTool('values worksheet'),
    { 26: na('The worksheet is the visual aid for acting.') },
  ),
  'clinic-evaluation': audit(
    noDrawing('No picture needed for a visit and records, but a sample MRI disc label could help.'),
    withTool('records checklist'),
    { 26: na('The checklist is the visual aid for acting.') },
  ),
  'before-after-procedure': audit(
    withDrawing('treatment-site'),
    withTool('day-by-day checklist'),
    { 26: met('The checklist lays out each day’s actions.') },
  ),
  'pt-after-disc-repair': audit(
    withDrawing('recovery-timeline'),
    withTool('exercise log'),
    { 26: met('The recovery timeline shows when each step comes.') },
  ),
  'long-lasting-pain': audit(
    noDrawing('A pacing diagram could help; not drawn yet.'),
    withTool('weekly log'),
    { 26: notMet('Pictures of pacing or activity choices would help.') },
  ),
};

/** Understandability and actionability in whole percent. */
export function pematScores(id: HandoutId): { understandability: number; actionability: number } {
  const items = PEMAT_AUDITS[id];
  const score = (scale: 'U' | 'A') => {
    const rated = Object.entries(items).filter(([n, v]) => PEMAT_P_ITEMS[Number(n)]?.scale === scale && v.verdict !== 'na');
    return Math.round((100 * rated.filter(([, v]) => v.verdict === 'met').length) / Math.max(1, rated.length));
  };
  return { understandability: score('U'), actionability: score('A') };
}
