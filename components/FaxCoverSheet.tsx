import { CONFIDENTIALITY_NOTICE, type FaxCover } from '../content/letter/fax-cover';
import type { PageSize } from '../content/letter/page-size';
import { Blank } from './LetterBlock';
import { Sheet } from './LetterSheets';

const Value = ({ value, label }: { value: string; label: string }) => (value ? <>{value}</> : <Blank label={label} wide />);

/** The fax cover: who it is to and from, how many pages, and the confidentiality notice. No patient name. */
export function FaxCoverSheet({ cover: c, size }: { cover: FaxCover; size: PageSize }) {
  return (
    <Sheet size={size} kind="fax-cover">
      <p class="fax-title">Fax</p>
      <table class="fax-table">
        <tbody>
          <tr><th scope="row">To</th><td><Value value={c.to.name} label="Clinic" /></td></tr>
          <tr><th scope="row">Fax</th><td class="to-fax"><Value value={c.to.fax} label="Clinic fax" /></td></tr>
          <tr><th scope="row">Phone</th><td><Value value={c.to.phone} label="Clinic phone" /></td></tr>
          <tr class="gap"><th scope="row">From</th><td><Value value={c.from.name} label="Your name" />{c.from.practice && <><br />{c.from.practice}</>}</td></tr>
          <tr><th scope="row">Fax</th><td><Value value={c.from.fax} label="Your fax" /></td></tr>
          <tr><th scope="row">Phone</th><td><Value value={c.from.phone} label="Your phone" /></td></tr>
          <tr class="gap"><th scope="row">Date</th><td>{c.date}</td></tr>
          <tr>
            <th scope="row">Pages</th>
            <td class="fax-pages">
              <strong>{c.pages ?? <Blank label="Number of pages" />}</strong> including this cover
              <span class="pages-detail"> ({c.pagesDetail})</span>
            </td>
          </tr>
          <tr><th scope="row">Re</th><td>{c.subject}</td></tr>
        </tbody>
      </table>
      <div class="confidential">
        <p class="confidential-title">Confidential</p>
        {CONFIDENTIALITY_NOTICE.map((s) => <p key={s}>{s}</p>)}
      </div>
    </Sheet>
  );
}
