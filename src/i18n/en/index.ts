import type { Messages } from '../messages';
import { classOverview } from './class-overview';
import { common } from './common';
import { connectors } from './connectors';
import { curriculum } from './curriculum';
import { interventions } from './interventions';
import { learningLines } from './learning-lines';
import { needsHelp } from './needs-help';
import { privacy } from './privacy';
import { pupilProfile } from './pupil-profile';
import { rubrics } from './rubrics';
import { sources } from './sources';
import { storedData } from './stored-data';
import { unlock } from './unlock';
import { shell } from './shell';
import { report } from './report';
import { filters } from './filters';
import { dataQuality } from './data-quality';
import { judgements } from './judgements';
import { overTime } from './over-time';

export const en: Messages = {
  common,
  classOverview,
  pupilProfile,
  sources,
  privacy,
  unlock,
  connectors,
  learningLines,
  rubrics,
  storedData,
  needsHelp,
  curriculum,
  shell,
  interventions,
  report,
  filters,
  dataQuality,
  judgements,
  overTime,
};
