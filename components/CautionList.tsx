import type { ComponentChildren } from 'preact';
import type { CautionId } from '../content/checklist/rules';

/** The outcome's cautions, each followed by its source number when it has one. */
export function CautionList({ cautions }: { cautions: readonly { id: CautionId; text: string; cite?: ComponentChildren }[] }) {
  return (
    <>
      <h3>Cautions</h3>
      <ul class="cautions">
        {cautions.map(({ id, text, cite }) => <li key={id} data-caution={id}>{text}{cite && <> {cite}</>}</li>)}
      </ul>
    </>
  );
}
