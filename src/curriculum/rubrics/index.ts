import type { Rubric } from '@/domain/rubric';
import { CT_PROGRAMMEREN_RUBRIC } from './ct-programmeren.rubric';
import { DIGITALE_BASISVAARDIGHEDEN_RUBRIC } from './digitale-basisvaardigheden.rubric';
import { EIGENAARSCHAP_RUBRIC } from './eigenaarschap.rubric';
import { SAMENWERKEN_RUBRIC } from './samenwerken.rubric';

/** The rubrics Leerzicht ships with, in its own words. */
export const BUILT_IN_RUBRICS: readonly Rubric[] = [
  SAMENWERKEN_RUBRIC,
  EIGENAARSCHAP_RUBRIC,
  CT_PROGRAMMEREN_RUBRIC,
  DIGITALE_BASISVAARDIGHEDEN_RUBRIC,
];

export const rubricById = (id: string): Rubric | undefined => BUILT_IN_RUBRICS.find((rubric) => rubric.id === id);
