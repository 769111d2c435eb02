import { describe, expect, it } from 'vitest';
import { countText } from '../../../content/handouts/readability';

describe('countText', () => {
  it.each<[string[], { sentence: number; word: number; syllable: number }]>([
    [['The cat sat. The dog ran!'], { sentence: 2, word: 6, syllable: 6 }],
    [['A bullet with no stop'], { sentence: 1, word: 5, syllable: 6 }],
    [['Rest for 12 weeks.', 'Walk daily'], { sentence: 2, word: 6, syllable: 7 }],
    [['Physical therapy helps.'], { sentence: 1, word: 3, syllable: 7 }],
    [["It's the disc’s outer ring."], { sentence: 1, word: 5, syllable: 6 }],
  ])('%j', (pieces, counts) => {
    expect(countText(pieces)).toEqual(counts);
  });
});
