import type { Messages, PageSection } from '../messages';
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

/** The English messages of the pages other than the first (decision 035). */
export const enPages: Pick<Messages, PageSection> = {
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
};
