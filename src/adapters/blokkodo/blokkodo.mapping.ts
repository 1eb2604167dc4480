import { goalId, type GoalId } from '@/domain/ids';
import type { CodeMapping } from '@/domain/source';

const goals = (...ids: string[]): readonly GoalId[] => ids.map(goalId);

/**
 * Blokkodo code `<concept>:<difficulty>` -> programming goal `programmeren.<concept>.<bouw>`.
 * Difficulty 1 = onderbouw (ob), 2 = middenbouw (mb), 3 = bovenbouw (bb).
 * `events:*` is deliberately absent: the demo's unmapped code.
 */
export const BLOKKODO_DEFAULT_MAPPING: CodeMapping = {
  'sequence:1': goals('programmeren.algoritmes.ob'),
  'sequence:2': goals('programmeren.algoritmes.mb'),
  'sequence:3': goals('programmeren.algoritmes.bb'),
  'loops:1': goals('programmeren.herhaling.ob'),
  'loops:2': goals('programmeren.herhaling.mb'),
  'loops:3': goals('programmeren.herhaling.bb'),
  'conditionals:1': goals('programmeren.voorwaarden.ob'),
  'conditionals:2': goals('programmeren.voorwaarden.mb'),
  'conditionals:3': goals('programmeren.voorwaarden.bb'),
  'debugging:1': goals('programmeren.debuggen.ob'),
  'debugging:2': goals('programmeren.debuggen.mb'),
  'debugging:3': goals('programmeren.debuggen.bb'),
  'functions:1': goals('programmeren.functies.ob'),
  'functions:2': goals('programmeren.functies.mb'),
  'functions:3': goals('programmeren.functies.bb'),
  'variables:1': goals('programmeren.variabelen.ob'),
  'variables:2': goals('programmeren.variabelen.mb'),
  'variables:3': goals('programmeren.variabelen.bb'),
  'patterns:1': goals('programmeren.patronen.ob'),
  'patterns:2': goals('programmeren.patronen.mb'),
  'patterns:3': goals('programmeren.patronen.bb'),
  'decomposition:1': goals('programmeren.decompositie.ob'),
  'decomposition:2': goals('programmeren.decompositie.mb'),
  'decomposition:3': goals('programmeren.decompositie.bb'),
  'abstraction:1': goals('programmeren.abstractie.ob'),
  'abstraction:2': goals('programmeren.abstractie.mb'),
  'abstraction:3': goals('programmeren.abstractie.bb'),
};
