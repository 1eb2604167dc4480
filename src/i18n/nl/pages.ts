import { pupilProfile } from './pupil-profile';
import { sources } from './sources';
import { privacy } from './privacy';
import { connectors } from './connectors';
import { rubrics } from './rubrics';
import { storedData } from './stored-data';
import { needsHelp } from './needs-help';
import { interventions } from './interventions';
import { dataQuality } from './data-quality';
import { judgements } from './judgements';
import { overTime } from './over-time';

/** The Dutch messages of the pages other than the first: they load with the first of them that opens (decision 035). */
export const nlPages = {
  pupilProfile,
  sources,
  privacy,
  connectors,
  rubrics,
  storedData,
  needsHelp,
  interventions,
  dataQuality,
  judgements,
  overTime,
} as const;
