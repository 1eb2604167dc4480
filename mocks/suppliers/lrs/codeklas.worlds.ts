import { CODEKLAS } from './codeklas.demo';

/**
 * Codeklas's worlds, one per programming concept, in the order the game unlocks them.
 * Most worlds carry the SLO id of the matching bovenbouw goal of the programming line
 * (src/curriculum/programmeren.line.ts) in contextActivities, so Leerzicht finds the goal by
 * itself. Two do not, so the wizard's mapping step has codes to map: SLO has no goal for
 * variables, and the game's makers never tagged the debugging world.
 */
export interface CodeklasWorld {
  readonly id: string;
  readonly title: string;
  /** SLO UUID of the programmeren.<id>.bb goal, or null when the game sends none. */
  readonly slo: string | null;
  /** How much harder (+) or easier (-) than the pupil's general programming mastery. */
  readonly offset: number;
}

export const CODEKLAS_WORLDS: readonly CodeklasWorld[] = [
  { id: 'herhaling', title: 'Lussenland', slo: '6cc83c3b-4464-4d69-b4ca-ae48bcff68ff', offset: 0.08 },
  { id: 'variabelen', title: 'Muntenmijn', slo: null, offset: 0.02 },
  { id: 'voorwaarden', title: 'Splitsingsbos', slo: 'a829c681-db09-4880-8b96-5b6478690558', offset: 0 },
  { id: 'debuggen', title: 'Foutenfabriek', slo: null, offset: -0.03 },
  { id: 'decompositie', title: 'Bouwplaats', slo: 'e63c0a56-629c-44a7-867f-471242fa1894', offset: -0.02 },
  { id: 'patronen', title: 'Patronenpier', slo: '6d42497f-8533-4a64-88cb-c5dff5b2a2c1', offset: 0.03 },
  { id: 'abstractie', title: 'Kaartenkamer', slo: '911e442b-8b5f-4ac3-9607-9123dc9f4c59', offset: -0.06 },
];

/** A practice level's activity IRI. */
export const codeklasLevel = (world: string, level: number) => `${CODEKLAS}/werelden/${world}/levels/${level}`;
/** A world's final challenge (a cmi5 assignable unit with a pass mark). */
export const codeklasChallenge = (world: string) => `${CODEKLAS}/werelden/${world}/eindbaas`;
/** Activity IRIs of the worlds the game does not tag with an SLO id. */
export const codeklasUntagged = (activity: string) =>
  CODEKLAS_WORLDS.some((world) => world.slo === null && activity.startsWith(`${CODEKLAS}/werelden/${world.id}/`));
