import { describe, expect, it } from 'vitest';
import { decodePunycode, describeHost, hostToUnicode, scriptsOf, siteOf, skeleton } from '../../../content/prefill/host-check';

const KNOWN = ['valorspine.com'];
/** The ASCII host as the browser's URL parser gives it. */
const ascii = (host: string) => new URL(`https://${host}/`).hostname;

describe('punycode and Unicode (issue 9, point 10)', () => {
  it.each([
    ['mnchen-3ya', 'münchen'],
    ['bcher-kva', 'bücher'],
    ['not valid!', null],
  ])('decodes %s', (input, output) => expect(decodePunycode(input)).toBe(output));

  it('gives the host both ways, as the URL parser spells it', () => {
    const host = ascii('vаlorspine.com'); // Cyrillic а
    expect(host).toMatch(/^xn--/);
    expect(hostToUnicode(host)).toBe('vаlorspine.com');
    expect(describeHost(host, KNOWN)).toMatchObject({ ascii: host, unicode: 'vаlorspine.com' });
  });

  it.each([
    ['valorspine', ['Latin']], ['vаlorspine', ['Latin', 'Cyrillic']], ['аррӏе', ['Cyrillic']], ['東京-tokyo', ['Han', 'Latin']], ['123-45', []],
  ])('scripts of %s', (label, scripts) => expect(scriptsOf(label).sort()).toEqual([...scripts].sort()));

  it.each([
    ['vaiorspine', skeleton('valorspine')], ['va1orspine', skeleton('valorspine')], ['rnedical', skeleton('medical')], ['аррӏе', 'apple'],
  ])('the skeleton of %s is %s', (label, expected) => expect(skeleton(label)).toBe(expected));

  it.each([['forms.valorspine.com', 'valorspine.com'], ['evil.example', 'evil.example'], ['clinic.co.uk', 'clinic.co.uk'], ['a.b.clinic.co.uk', 'clinic.co.uk']])(
    'the site of %s is %s', (host, site) => expect(siteOf(host)).toBe(site));
});

describe('warnings before adding a form address', () => {
  it.each<[string, RegExp | null]>([
    ['valorspine.com', null],
    ['forms.valorspine.com', null],
    ['elsewhere.example', null],
    ['münchen-clinic.de', null],
    ['東京クリニック.jp', null],
    ['127.0.0.1', null],
    ['localhost', null],
    ['vаlorspine.com', /mixes alphabets \(Latin and Cyrillic\)/], // Cyrillic а
    ['valοrspine.com', /mixes alphabets \(Latin and Greek\)/], // Greek ο
    ['аррӏе.com', /another alphabet with letters that look like Latin/],
    ['valorspine.com.evil.example', /contains “valorspine” but is not valorspine\.com: this page belongs to evil\.example/],
    ['valorspine-com.example', /contains “valorspine” but is not valorspine\.com: this page belongs to valorspine-com\.example/],
    ['vaiorspine.com', /looks like valorspine\.com but is not it: this page belongs to vaiorspine\.com/],
    ['va1orspine.com', /looks like valorspine\.com/],
    ['valorspnie.com', /looks like valorspine\.com/],
    ['valorspine.co', /contains “valorspine” but is not valorspine\.com/],
  ])('%s', (host, warning) => {
    const report = describeHost(ascii(host), KNOWN);
    if (warning === null) expect(report.warnings).toEqual([]);
    else expect(report.warnings.join(' ')).toMatch(warning);
  });

  it('a mixed-script copy of the clinic’s name gets both warnings', () => {
    expect(describeHost(ascii('vаlorspine.com'), KNOWN).warnings).toHaveLength(2);
  });
});
