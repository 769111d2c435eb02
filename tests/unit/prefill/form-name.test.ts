import { describe, expect, it } from 'vitest';
import type { Collection, FieldRecord } from '../../../content/prefill/field';
import { formName } from '../../../content/prefill/form-name';

const field = (form: number, section: string) => ({ form, section } as FieldRecord);
const collection = (fields: FieldRecord[], ids: string[]): Collection => ({ fields, forms: ids.map((id, index) => ({ index, id, signature: '' })), frames: [] });

describe('the plan names which form it is for (issue 9, point 9)', () => {
  it.each<[string, Collection, number, string]>([
    ['its heading', collection([field(0, ''), field(1, 'Patient referral'), field(1, 'Insurance')], ['search', '']), 1, '“Patient referral”'],
    ['its id', collection([field(0, '')], ['gform_3']), 0, 'the form with id “gform_3”'],
    // A section heading further down ("Referring provider") names a part of the form, not the form.
    ['its id, not a later section heading', collection([field(0, ''), field(0, 'Referring provider')], ['gform_1']), 0, 'the form with id “gform_1”'],
    ['its place', collection([field(1, '')], ['', '', '']), 1, 'form 2 of 3 on the page'],
    ['the only form', collection([field(0, '')], ['']), 0, 'the only form on the page'],
    ['no form element', collection([field(-1, '')], []), -1, 'the fields outside any form'],
    ['a very long heading, cut', collection([field(0, 'x'.repeat(200))], ['']), 0, `“${'x'.repeat(80)}…”`],
  ])('by %s', (_name, c, form, name) => expect(formName(c, form)).toBe(name));
});
