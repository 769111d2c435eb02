// punycode.js ships no types; this is the one function host-check.ts uses.
declare module 'punycode/' {
  /** Decodes a punycode label (without "xn--"); throws a RangeError on invalid input. */
  export function decode(input: string): string;
}
