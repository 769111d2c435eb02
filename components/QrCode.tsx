import { encode } from 'uqr';

interface Props {
  /** The text to encode, e.g. the clinic's website. */
  text: string;
  /** Accessible name, e.g. "QR code for https://valorspine.com". */
  label: string;
  /** Printed size in CSS units. */
  size?: string;
}

/**
 * A QR code drawn as inline SVG from uqr's module matrix: generated on this computer, no network,
 * and no HTML string is injected (the path is built from booleans).
 */
export function QrCode({ text, label, size = '1in' }: Props) {
  const { data, size: modules } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) => row.forEach((dark, x) => { if (dark) d += `M${x} ${y}h1v1h-1z`; }));
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${modules} ${modules}`} width={size} height={size}
      shape-rendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
