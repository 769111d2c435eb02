import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { HANDOUTS } from '../../../content/handouts';
import { HANDOUT_FOOTER, HANDOUT_SAFETY } from '../../../content/handouts/footer';
import { GRADES } from '../../../content/handouts/grades';
import { bodyText, gradeLevel } from '../../../content/handouts/readability';
import { HANDOUT_IDS } from '../../../content/handouts/types';
import { copiedPhrases } from '../../helpers/shingles';

const source = z.strictObject({ label: z.string().check(z.minLength(5)), url: z.url({ protocol: /^https$/ }) });
const sentence = z.string().check(z.minLength(3), z.maxLength(400));
const handoutSchema = z.strictObject({
  id: z.enum(HANDOUT_IDS),
  title: z.string().check(z.minLength(5), z.maxLength(90)),
  intro: sentence,
  sections: z.array(z.strictObject({
    heading: z.string().check(z.minLength(3), z.maxLength(80)),
    paragraphs: z.array(sentence),
    bullets: z.array(sentence),
    sources: z.array(source).check(z.minLength(1)),
  })).check(z.minLength(3), z.maxLength(8)),
  questions: z.array(sentence).check(z.minLength(3), z.maxLength(7)),
});

const articleHashes = new Set<string>(
  JSON.parse(readFileSync(new URL('../../fixtures/article-shingles.json', import.meta.url), 'utf8')).hashes,
);
const cases = HANDOUTS.map((h) => [h.id, h] as const);

describe('handout library', () => {
  it('has every handout exactly once', () => {
    expect(HANDOUTS.map((h) => h.id).sort()).toEqual([...HANDOUT_IDS].sort());
  });

  it.each(cases)('%s matches the schema', (_id, h) => {
    const parsed = handoutSchema.safeParse(h);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    for (const s of h.sections) expect(s.paragraphs.length + s.bullets.length).toBeGreaterThan(0);
    expect(h.sections.some((s) => s.bullets.length > 0)).toBe(true);
  });

  it.each(cases)('%s reads at grade 8.0 or below (Flesch–Kincaid)', (_id, h) => {
    expect(gradeLevel(h)).toBeLessThanOrEqual(8);
  });

  it.each(cases)('%s: the grade the print page shows is the grade of its current text', (id, h) => {
    expect(GRADES[id], `update GRADES['${id}'] in content/handouts/grades.ts`).toBe(gradeLevel(h));
  });

  it.each(cases)('%s is in our own words', (_id, h) => {
    const texts = [h.title, ...bodyText(h), ...h.sections.map((s) => s.heading)];
    expect(texts.flatMap((t) => copiedPhrases(t, articleHashes))).toEqual([]);
  });

  it.each(cases)('%s promises nothing and calls no one a candidate', (_id, h) => {
    const text = bodyText(h).join(' ');
    expect(text).not.toMatch(/\b(guarantee|cure[sd]?|will (heal|fix|repair|end|stop)|permanent(ly)? (fix|relief)|you are a (good )?candidate|100%)\b/i);
    // A treatment as the subject of a plain result verb states an outcome ("PT helps you get your
    // strength back"); the handouts say "can help", "may ease" instead.
    expect(text).not.toMatch(/\b(PT|physical therapy|therapy|exercise|the (shot|injection|procedure|repair|treatment)|fibrin|this treatment) (helps|builds|fixes|heals|restores|gives|ends|stops|relieves|repairs|makes|keeps|brings|cures)\b/i);
  });

  it.each(cases)('%s attributes any clinic figure to the clinic', (_id, h) => {
    for (const piece of bodyText(h)) {
      for (const s of piece.split(/(?<=[.!?])\s+/)) {
        if (/72\.4|33\.0|70 ?%|70 percent|13,000/.test(s)) expect(s).toMatch(/clinic (reports|says|states)|ValorSpine (reports|says)/i);
      }
    }
  });

  it('has a footer that says education only, outcomes vary, and the clinic decides', () => {
    const footer = HANDOUT_FOOTER.join(' ');
    expect(footer).toMatch(/not a diagnosis/);
    expect(footer).toMatch(/differ from person to person/);
    expect(footer).toMatch(/clinic’s own evaluation/);
  });

  it('tells patients which symptoms not to wait with, in plain words', () => {
    const text = [HANDOUT_SAFETY.lead, ...HANDOUT_SAFETY.signs];
    expect(text.join(' ')).toMatch(/Numbness between your legs[\s\S]*bladder or bowels[\s\S]*weakness[\s\S]*fever/);
    expect(gradeLevel({ id: 'annular-tears', title: 'x', intro: text[0]!, sections: [{ heading: 'x', paragraphs: [], bullets: text.slice(1), sources: [] }], questions: [] })).toBeLessThanOrEqual(8);
  });
});
