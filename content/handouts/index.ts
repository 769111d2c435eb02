import { annularTears } from './library/annular-tears';
import { beforeAfterProcedure } from './library/before-after-procedure';
import { clinicEvaluation } from './library/clinic-evaluation';
import { discDecisions } from './library/disc-decisions';
import { discRepairExplained } from './library/disc-repair-explained';
import { getHelpNow } from './library/get-help-now';
import { longLastingPain } from './library/long-lasting-pain';
import { mriReport } from './library/mri-report';
import { ptAfterDiscRepair } from './library/pt-after-disc-repair';
import { ptOrDiscRepair } from './library/pt-or-disc-repair';
import { ptWhenItHelps } from './library/pt-when-it-helps';
import { HANDOUT_IDS, type Handout } from './types';

const BY_ID = {
  'get-help-now': getHelpNow,
  'pt-when-it-helps': ptWhenItHelps,
  'annular-tears': annularTears,
  'mri-report': mriReport,
  'disc-repair-explained': discRepairExplained,
  'pt-or-disc-repair': ptOrDiscRepair,
  'disc-decisions': discDecisions,
  'clinic-evaluation': clinicEvaluation,
  'before-after-procedure': beforeAfterProcedure,
  'pt-after-disc-repair': ptAfterDiscRepair,
  'long-lasting-pain': longLastingPain,
} as const satisfies Record<(typeof HANDOUT_IDS)[number], Handout>;

/** Every handout, in the order the picker lists them. */
export const HANDOUTS: readonly Handout[] = HANDOUT_IDS.map((id) => BY_ID[id]);
