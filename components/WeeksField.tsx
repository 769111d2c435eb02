import { parseWeeks } from '../content/checklist/answers';
import { ParsedField, type Parsed } from './ParsedField';

interface Props {
  id: string;
  label: string;
  value: number | null;
  /** Called only with valid values; invalid text shows a message and changes nothing. */
  onChange: (weeks: number | null) => void;
  /** Told `true` while the field holds text it rejected, and `false` once it no longer does (or unmounts). */
  onRejectedChange?: (rejected: boolean) => void;
  hint?: string;
}

const parse = (text: string): Parsed<number> => {
  const r = parseWeeks(text);
  return r.ok ? { ok: true, value: r.weeks } : r;
};
const months = (w: number | null) => (w !== null && w >= 8 ? <span class="aside">About {Math.round((w / 4.345) * 10) / 10} months.</span> : null);

/** A number of weeks typed as text, so that a wrong entry can be explained instead of dropped. */
export function WeeksField(props: Props) {
  return <ParsedField {...props} parse={parse} aside={months} />;
}
