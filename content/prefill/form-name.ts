import type { Collection } from './field';

/**
 * How the plan names the form it is for, so the user can tell it is the referral form and not,
 * say, a comment form on the same page: the form's own heading (the first heading inside it
 * before a field), else its id, else its place on the page. Pure, from what collect() read.
 */
export function formName(c: Collection, form: number): string {
  // Only a heading before the form's first field names the whole form; one further down names a part.
  const heading = c.fields.find((f) => f.form === form)?.section;
  if (heading) return `“${heading.length > 80 ? `${heading.slice(0, 80)}…` : heading}”`;
  const id = c.forms.find((f) => f.index === form)?.id;
  if (id) return `the form with id “${id.slice(0, 80)}”`;
  if (form < 0) return 'the fields outside any form';
  return c.forms.length > 1 ? `form ${form + 1} of ${c.forms.length} on the page` : 'the only form on the page';
}
