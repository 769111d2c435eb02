import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { HANDOUTS } from '../../../content/handouts';
import { GRADES } from '../../../content/handouts/grades';
import { bodyText, gradeLevel, smogGrade } from '../../../content/handouts/readability';
import { HANDOUT_NOTE, SAFETY_CARD, safetyContact } from '../../../content/handouts/safety';
import { HANDOUT_IDS, type Handout } from '../../../content/handouts/types';
import { copiedPhrases } from '../../helpers/shingles';

const source = z.strictObject({ label: z.string().check(z.minLength(5)), url: z.url({ protocol: /^https?$/ }) });
const sources = z.array(source).check(z.minLength(1));
const sentence = z.string().check(z.minLength(3), z.maxLength(400));
const handoutSchema = z.strictObject({
  id: z.enum(HANDOUT_IDS),
  title: z.string().check(z.minLength(5), z.maxLength(90)),
  intro: sentence,
  keyPoints: z.strictObject({ points: z.array(sentence).check(z.minLength(1), z.maxLength(3)), sources }),
  sections: z.array(z.strictObject({
    heading: z.string().check(z.minLength(3), z.maxLength(80)),
    paragraphs: z.array(sentence),
    bullets: z.array(sentence),
    sources,
    figure: z.optional(z.enum(['disc-tear', 'treatment-site', 'recovery-timeline'])),
  })).check(z.minLength(3), z.maxLength(8)),
  questions: z.array(sentence).check(z.minLength(2), z.maxLength(5)),
  nextSteps: z.strictObject({ steps: z.array(sentence).check(z.minLength(2), z.maxLength(6)), sources }),
  tool: z.optional(z.strictObject({
    kind: z.enum(['log', 'checklist', 'rating']), title: sentence, how: sentence,
    columns: z.array(z.string()).check(z.minLength(2)), rows: z.number(), items: z.optional(z.array(sentence)),
  })),
  closing: sentence,
});

const articleHashes = new Set<string>(
  JSON.parse(readFileSync(new URL('../../fixtures/article-shingles.json', import.meta.url), 'utf8')).hashes,
);
const cases = HANDOUTS.map((h) => [h.id, h] as const);
const sentences = (h: Handout) => bodyText(h).flatMap((p) => p.split(/(?<=[.!?])\s+/));

/** Wording that promises an outcome, ranks treatments without a source, or reads as approval of the treatment. */
export const PROMISES: readonly RegExp[] = [
  /\b(guarantee|cure[sd]?|will (heal|fix|repair|end|stop)|permanent(ly)? (fix|relief)|you are a (good )?candidate|100%)\b/i,
  // A treatment as the subject of a plain result verb states an outcome.
  /\b(PT|physical therapy|therapy|exercise|the (shot|injection|procedure|repair|treatment)|fibrin|this treatment) (helps|builds|fixes|heals|restores|gives|ends|stops|relieves|repairs|makes|keeps|brings|cures)\b/i,
  // "One is not better than the other": in no source, and hides that PT is the guideline first step.
  /\b(neither|one) is (not )?better\b|\bequally (good|effective)\b/i,
  // Regrowth stated without "in some patients" / "may".
  /^(?![^.]*\b(may|might|some)\b)[^.]*\b(grow|grows|regrow|regrows|regenerates?) (new )?(tissue|disc)\b/i,
  /\b(body|disc) (will|does) (grow|regrow|regenerate|heal)\b/i,
  // Approval language attached to the treatment rather than the sealant.
  /\b(treatment|procedure|injection|disc repair)\b[^.]*\b(FDA[- ]approved|approved by the FDA)\b/i,
  /\b(FDA[- ]approved|approved by the FDA)\b[^.]*\b(treatment|procedure|injection)\b(?![^.]*\bnot\b)/i,
];

describe('handout library', () => {
  it('has every handout exactly once', () => {
    expect(HANDOUTS.map((h) => h.id).sort()).toEqual([...HANDOUT_IDS].sort());
  });

  it.each(cases)('%s matches the schema, with key points, sections, next steps and a tool', (_id, h) => {
    const parsed = handoutSchema.safeParse(h);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    for (const s of h.sections) expect(s.paragraphs.length + s.bullets.length).toBeGreaterThan(0);
    expect(h.tool, 'each handout carries a fill-in tool (PEMAT item 23)').toBeDefined();
  });

  it.each(cases)('%s reads at grade 7.0 or below (Flesch–Kincaid) and 11 or below (SMOG)', (_id, h) => {
    expect(gradeLevel(h)).toBeLessThanOrEqual(7);
    expect(smogGrade(h)).toBeLessThanOrEqual(11);
  });

  it.each(cases)('%s: the grades the print page shows are those of its current text', (id, h) => {
    expect(GRADES[id], `update GRADES['${id}'] in content/handouts/grades.ts`).toEqual({ fk: gradeLevel(h), smog: smogGrade(h) });
  });

  it.each(cases)('%s is in our own words', (_id, h) => {
    const texts = [h.title, ...bodyText(h), ...h.sections.map((s) => s.heading)];
    expect(texts.flatMap((t) => copiedPhrases(t, articleHashes))).toEqual([]);
  });

  it.each(cases)('%s promises nothing, ranks nothing without a source, and claims no approval of the treatment', (_id, h) => {
    for (const s of sentences(h)) for (const p of PROMISES) expect(s, String(p)).not.toMatch(p);
  });

  it.each([
    'One is not better than the other.',
    'Fibrin acts as a frame that your body uses to grow new tissue.',
    'The treatment is approved by the FDA.',
    'PT restores your strength.',
    'Your disc will heal.',
  ])('the promise check catches “%s”', (text) => {
    expect(PROMISES.some((p) => p.test(text))).toBe(true);
  });

  it.each([
    'Act as a frame that, in some patients, may help the body grow new tissue in the ring.',
    'The clinic says the sealant product it uses is approved by the FDA.',
    'That is about the sealant only, not about the disc treatment.',
  ])('the promise check lets the hedged wording through: “%s”', (text) => {
    for (const s of text.split(/(?<=[.!?])\s+/)) for (const p of PROMISES) expect(s, String(p)).not.toMatch(p);
  });

  it.each(cases)('%s attributes any clinic figure to the clinic', (_id, h) => {
    for (const s of sentences(h)) {
      if (/72\.4|33\.0|70 ?%|7 in 10|70 percent|13,000/.test(s)) expect(s).toMatch(/clinic (reports|says|states)|ValorSpine (reports|says)/i);
    }
  });

  it.each(cases)('%s gives the 70%% figure only with those not satisfied and “carefully selected”', (_id, h) => {
    const text = bodyText(h).join(' ');
    if (/7 in 10|70 ?%/.test(text)) {
      expect(text).toMatch(/3 in 10 were not/);
      if (h.id === 'disc-repair-explained') expect(text).toMatch(/carefully selected/);
    }
  });

  it.each(cases)('%s writes long durations as weeks with months', (_id, h) => {
    for (const s of sentences(h)) if (/\b(past|more than|over) 12 weeks\b/.test(s)) expect(s).toMatch(/12 weeks \(3 months\)/);
  });

  it.each(cases)('%s ends on its own subject, not on whether disc repair is right', (_id, h) => {
    const last = h.closing;
    if (!['disc-repair-explained'].includes(h.id)) expect(last).not.toMatch(/disc repair|fibrin/i);
    const last3 = [...h.nextSteps.steps.slice(-1), last].join(' ');
    if (['pt-when-it-helps', 'pt-after-disc-repair', 'long-lasting-pain', 'get-help-now', 'mri-report'].includes(h.id)) {
      expect(last3).not.toMatch(/disc repair|fibrin|biologic/i);
    }
  });

  it('every statement-bearing part cites a source: key points, each section, next steps, safety card', () => {
    for (const h of HANDOUTS) {
      expect(h.keyPoints.sources.length, h.id).toBeGreaterThan(0);
      expect(h.nextSteps.sources.length, h.id).toBeGreaterThan(0);
      for (const s of h.sections) expect(s.sources.length, `${h.id}: ${s.heading}`).toBeGreaterThan(0);
    }
    expect(SAFETY_CARD.sources.length).toBeGreaterThan(0);
  });

  it('discogram and risk wording: explained where named, with its risk', () => {
    for (const h of HANDOUTS) {
      const text = bodyText(h).join(' ');
      if (/discogram/i.test(text)) expect(text, h.id).toMatch(/needle puts dye into a disc[\s\S]*risk/);
    }
  });

  it('the disc repair handout names the risks of any injection into a disc, with outside sources', () => {
    const h = HANDOUTS.find((x) => x.id === 'disc-repair-explained')!;
    const risks = h.sections.find((s) => /Risks/.test(s.heading))!;
    expect(risks.bullets.join(' ')).toMatch(/discitis[\s\S]*flare[\s\S]*nerve[\s\S]*sedation[\s\S]*contrast/);
    expect(risks.sources.some((s) => !s.url.includes('valorspine.com'))).toBe(true);
  });

  it('has a note that says education only and outcomes vary', () => {
    const note = HANDOUT_NOTE.join(' ');
    expect(note).toMatch(/not a diagnosis/);
    expect(note).toMatch(/differ from person to person/);
  });
});

describe('safety card', () => {
  const now = SAFETY_CARD.emergency.signs.join(' ');
  const today = SAFETY_CARD.today.signs.join(' ');
  it('sends possible cauda equina signs to the emergency department or 911, now', () => {
    expect(SAFETY_CARD.emergency.heading).toMatch(/emergency department or call 911 now/);
    expect(now).toMatch(/between your legs/);
    expect(now).toMatch(/urine|stool/);
    expect(now).toMatch(/New numbness, tingling or weakness in both legs/);
    // GIRFT lists new loss of sexual function with the other cauda equina signs (December clinical review).
    expect(now).toMatch(/sexual feeling or function/);
  });
  it.each([
    ['worsening weakness', /weakness[\s\S]*worse|foot that drags/],
    ['fever', /fever/],
    ['drug use, immune suppression, recent infection', /infection[\s\S]*immune[\s\S]*inject drugs/],
    ['cancer and weight loss', /cancer[\s\S]*weight/],
    ['night pain', /night/],
    ['trauma, thin bones, steroids', /fall or accident[\s\S]*thin bones[\s\S]*steroid/],
  ])('asks for a call today for %s', (_name, pattern) => {
    expect(SAFETY_CARD.today.heading).toMatch(/Call your doctor today/);
    expect(today).toMatch(pattern);
  });
});

describe('the safety card names whose phone it prints beside "call your doctor today"', () => {
  const clinic = { name: 'ValorSpine', phone: '(555) 010-2000' };
  const referrer = { name: 'Alex Park', practice: 'Riverside Physical Therapy', phone: '(555) 010-3000' };
  it.each([
    ['the clinic’s phone, named', clinic, referrer, { name: 'ValorSpine', phone: '(555) 010-2000' }],
    ['no clinic phone: the referrer’s practice', { ...clinic, phone: '' }, referrer, { name: 'Riverside Physical Therapy', phone: '(555) 010-3000' }],
    ['no practice name: the referrer’s name', { ...clinic, phone: '' }, { ...referrer, practice: '' }, { name: 'Alex Park', phone: '(555) 010-3000' }],
    ['no phone at all: none', { ...clinic, phone: '' }, { ...referrer, phone: '' }, null],
  ])('%s', (_name, c, r, expected) => expect(safetyContact(c, r)).toEqual(expected));
});
