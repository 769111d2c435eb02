import { annularTears } from './library/annular-tears';
import { clinicEvaluation } from './library/clinic-evaluation';
import { discRepairExplained } from './library/disc-repair-explained';
import { ptAfterDiscRepair } from './library/pt-after-disc-repair';
import { ptOrDiscRepair } from './library/pt-or-disc-repair';
import { ptWhenItHelps } from './library/pt-when-it-helps';
import type { Handout } from './types';

/** Every handout, in the order the picker lists them. */
export const HANDOUTS: readonly Handout[] = [
  ptWhenItHelps, annularTears, discRepairExplained, ptOrDiscRepair, clinicEvaluation, ptAfterDiscRepair,
];
