import { useMemo } from 'preact/hooks';
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
  // Encoded again only when the text changes, not on every keystroke elsewhere on the page.
  const { d, modules } = useMemo(() => {
    const { data, size } = encode(text, { ecc: 'M', border: 2 });
    let path = '';
    data.forEach((row, y) => row.forEach((dark, x) => { if (dark) path += `M${x} ${y}h1v1h-1z`; }));
    return { d: path, modules: size };
  }, [text]);
  return (
    <svg class="qr" role="img" aria-label={label} viewBox={`0 0 ${modules} ${modules}`} width={size} height={size}
      shape-rendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
