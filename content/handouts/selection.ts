import { PRINT_IDS, type PrintId } from './types';

const isPrintId = (v: string): v is PrintId => (PRINT_IDS as readonly string[]).includes(v);

/**
 * Reads `?h=a,b` from the print page's address (written by suggested.ts's selectionQuery); unknown
 * ids are dropped and counted.
 */
export function parseSelection(search: string): { ids: PrintId[]; unknown: number } {
  const raw = new URLSearchParams(search).get('h');
  if (!raw) return { ids: [], unknown: 0 };
  const parts = raw.split(',').map((p) => p.trim()).filter(Boolean).slice(0, 50);
  const ids = [...new Set(parts.filter(isPrintId))];
  return { ids: PRINT_IDS.filter((id) => ids.includes(id)), unknown: parts.filter((p) => !isPrintId(p)).length };
}
