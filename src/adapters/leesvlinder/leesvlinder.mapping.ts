import { goalId, type GoalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';

const goals = (...ids: string[]): readonly GoalId[] => ids.map(goalId);

/**
 * Leesvlinder code `<skill>:<level>` -> reading goal. Its levels Rups and Cocon work on 1F,
 * Vlinder on 2F, Zwaluwstaart on 1S. WOORDENSCHAT (vocabulary) is deliberately absent:
 * the reading line has no vocabulary strand, so those results are kept and reported as unmapped.
 */
export const LEESVLINDER_DEFAULT_MAPPING: CodeMapping = {
  'BEGRIP:Rups': goals('lezen.zakelijk.1f'),
  'BEGRIP:Cocon': goals('lezen.zakelijk.1f'),
  'BEGRIP:Vlinder': goals('lezen.zakelijk.2f'),
  'BEGRIP:Zwaluwstaart': goals('lezen.zakelijk.1s'),
  'VERHAAL:Rups': goals('lezen.fictie.1f'),
  'VERHAAL:Cocon': goals('lezen.fictie.1f'),
  'VERHAAL:Vlinder': goals('lezen.fictie.2f'),
  'VERHAAL:Zwaluwstaart': goals('lezen.fictie.1s'),
};
