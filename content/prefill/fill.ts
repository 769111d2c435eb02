import { controlsOf } from './collect';
import { cut, isChoice, type Control, type FieldRecord } from './field';
import type { PlanItem } from './match';

/** A planned item and enough of its field to find it again. */
export type FillTarget = PlanItem & { readonly field: Pick<FieldRecord, 'tag' | 'name' | 'id'> };

export interface FillOutcome {
  readonly filled: readonly { key: number; label: string }[];
  readonly failed: readonly { key: number; label: string; reason: string }[];
}


/**
 * The field must still be the one the plan was made for; otherwise the page changed under us. The
 * print holds name and id as collect() sent them (cut), so they are compared the same way.
 */
function sameField(el: Control | undefined, f: Pick<FieldRecord, 'tag' | 'name' | 'id'>): el is Control {
  return Boolean(el) && el!.tagName.toLowerCase() === f.tag && cut(el!.name ?? '') === f.name && cut(el!.id ?? '') === f.id;
}

/**
 * Sets a value the way typing does: through the prototype's own setter, so frameworks that wrap
 * the instance property (React's value tracker) see a change, then the events a person's typing
 * fires. keyup is there for legacy Gravity Forms conditional logic, which listens for it.
 */
export function typeInto(el: Control, value: string) {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  if (!(el instanceof HTMLSelectElement)) el.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Carries out the confirmed part of a plan. Each field is found again by its key and checked
 * to be the same field; every write is read back. Nothing is submitted and no button is touched.
 */
export function fill(doc: Document, items: readonly FillTarget[]): FillOutcome {
  const filled: { key: number; label: string }[] = [];
  const failed: { key: number; label: string; reason: string }[] = [];
  // Checked afresh for every field and for every read-back: a page may re-render its form on
  // each input event, leaving the elements found a moment ago detached. The page's controls are
  // listed again only when that happens, not once per field.
  let controls = controlsOf(doc);
  const find = (item: (typeof items)[number]) => {
    let el = controls[item.key];
    if (!el?.isConnected || !sameField(el, item.field)) {
      controls = controlsOf(doc);
      el = controls[item.key];
    }
    return sameField(el, item.field) ? el : undefined;
  };
  for (const item of items) {
    const el = find(item);
    const fail = (reason: string) => failed.push({ key: item.key, label: item.label, reason });
    if (!el) { fail('the page changed since the plan was made'); continue; }
    if (el.disabled || (el as HTMLInputElement).readOnly) { fail('the field became read-only or disabled'); continue; }
    const choice = el instanceof HTMLInputElement && isChoice(el.type);
    // The plan was checked against the field's kind; the page may have changed it since.
    if (choice !== 'checked' in item.value) { fail(choice ? 'a choice can only be ticked' : 'this field takes typed text'); continue; }
    try {
      if ('checked' in item.value) {
        const box = el as HTMLInputElement;
        // A click is what a person does; it fires click, input and change, and runs onclick handlers.
        if (!box.checked) box.click();
        if ((find(item) as HTMLInputElement | undefined)?.checked) filled.push({ key: item.key, label: item.label });
        else fail('the page did not keep the tick');
        continue;
      }
      const text = item.value.text;
      if (el instanceof HTMLInputElement && el.maxLength > 0 && text.length > el.maxLength) { fail('longer than the field allows'); continue; }
      // Writing a value no option has would leave the select with nothing chosen.
      if (el instanceof HTMLSelectElement && ![...el.options].some((o) => o.value === text)) { fail('none of its options is the value any more'); continue; }
      typeInto(el, text);
      const now = find(item);
      if (!now) fail('the page replaced the form while it was being filled');
      else if (now.value === text) filled.push({ key: item.key, label: item.label });
      else fail('the page did not keep the value');
    } catch (error) {
      fail(`the page raised an error (${error instanceof Error ? error.message : 'unknown'})`);
    }
  }
  return { filled, failed };
}
