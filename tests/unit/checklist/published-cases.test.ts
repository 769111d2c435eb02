/**
 * Published cases no one on the team wrote, answered as a clinician would answer the checklist from
 * what each report says, and the outcome the report's own course calls for. Summaries are ours; the
 * reports are named so a reviewer can check them.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_ANSWERS, type Answers } from '../../../content/checklist/answers';
import { evaluate, type OutcomeKind } from '../../../content/checklist/rules';

const answers = (over: Partial<Answers>): Answers => ({ ...EMPTY_ANSWERS, ...over });

describe('published cases', () => {
  it.each<[string, Partial<Answers>, OutcomeKind]>([
    // Crowell & co., JOSPT Resident's Case Problem, "Medical screening and evacuation: cauda equina
    // syndrome in a combat zone". First visit: 32-year-old man, 4 weeks of insidious low back,
    // buttock and thigh pain; no saddle anaesthesia, no bladder or bowel change, neurologically intact.
    ['JOSPT combat-zone case, first visit: 4 weeks, screened, no red flag',
      { durationWeeks: 4, onset: 'persistent', redFlagsScreened: true, ptCourse: 'none' }, 'pt-first'],
    // The same patient 10 days later: new saddle anaesthesia, constipation and urinary hesitancy.
    ['JOSPT combat-zone case, 10 days later: saddle anaesthesia, bowel and bladder change',
      { durationWeeks: 6, onset: 'persistent', redFlags: ['rf.saddle-numbness', 'rf.bladder-bowel'], ptCourse: 'ongoing' }, 'emergency'],
    // Houston Methodist report of a PT case: 38-year-old, pregnant, insidious back pain that had
    // worsened since the physician's visit; weakness, numbness and tingling in both legs; could not
    // feel herself urinating. The therapist sent her for emergency care.
    ['pregnant patient with new symptoms in both legs and loss of bladder sensation',
      { durationWeeks: 3, redFlags: ['rf.bilateral-legs', 'rf.bladder-bowel', 'rf.progressive-deficit'] }, 'emergency'],
    // Signature Health Clinic case study: a man in his 50s with back pain after lifting a go-kart;
    // lack of sensation down his legs; an MRI found a tumour pressing on the cauda equina.
    ['man in his 50s, pain after lifting, sensation lost down both legs',
      { durationWeeks: 2, onset: 'acute', redFlags: ['rf.bilateral-legs'] }, 'emergency'],
  ])('%s', (_name, over, expected) => expect(evaluate(answers(over)).kind).toBe(expected));
});
