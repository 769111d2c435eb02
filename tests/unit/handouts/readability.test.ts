import { describe, expect, it } from 'vitest';
import { countText } from '../../../content/handouts/readability';

describe('countText', () => {
  it.each<[string[], { sentence: number; word: number; syllable: number; polysyllable: number }]>([
    [['The cat sat. The dog ran!'], { sentence: 2, word: 6, syllable: 6, polysyllable: 0 }],
    // A list item without a full stop continues the sentence before it.
    [['Rest for 12 weeks.', 'Walk daily'], { sentence: 1, word: 6, syllable: 7, polysyllable: 0 }],
    [['Bring these:', 'Your notes', 'Your scans'], { sentence: 1, word: 6, syllable: 6, polysyllable: 0 }],
    [['A bullet with no stop'], { sentence: 1, word: 5, syllable: 6, polysyllable: 0 }],
    [['Physical therapy helps.'], { sentence: 1, word: 3, syllable: 7, polysyllable: 2 }],
    [["It's the disc’s outer ring."], { sentence: 1, word: 5, syllable: 6, polysyllable: 0 }],
    [['Is it a tear? Ask.'], { sentence: 2, word: 5, syllable: 5, polysyllable: 0 }],
  ])('%j', (pieces, counts) => {
    expect(countText(pieces)).toEqual(counts);
  });
});
