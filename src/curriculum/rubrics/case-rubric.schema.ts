import { z } from 'zod';

/**
 * 1EdTech CASE 1.0/1.1 CFRubric as JSON (REST/JSON binding): CFRubric -> CFRubricCriteria ->
 * CFRubricCriterionLevels. Only the fields Leerzicht reads; unknown fields are ignored. The spec
 * requires identifier, uri and lastChangeDateTime on each; on import only identifier (and a title
 * for the rubric) are required, so a hand-made file still reads.
 */
const LinkUri = z.object({ title: z.string().optional(), identifier: z.string().min(1), uri: z.string().optional() });
const Extensions = z.record(z.string(), z.unknown()).optional();

export const CaseLevel = z.object({
  identifier: z.string().min(1),
  uri: z.string().optional(),
  description: z.string().optional(),
  quality: z.string().optional(),
  score: z.number().optional(),
  feedback: z.string().optional(),
  position: z.number().int().optional(),
  rubricCriterionId: z.string().optional(),
  lastChangeDateTime: z.string().optional(),
  extensions: Extensions,
});

export const CaseCriterion = z.object({
  identifier: z.string().min(1),
  uri: z.string().optional(),
  category: z.string().optional(),
  description: z.string().optional(),
  CFItemURI: LinkUri.optional(),
  weight: z.number().optional(),
  position: z.number().int().optional(),
  rubricId: z.string().optional(),
  lastChangeDateTime: z.string().optional(),
  CFRubricCriterionLevels: z.array(CaseLevel).min(1),
  extensions: Extensions,
});

export const CaseRubric = z.object({
  identifier: z.string().min(1),
  uri: z.string().optional(),
  title: z.string().min(1),
  description: z.string().optional(),
  lastChangeDateTime: z.string().optional(),
  CFRubricCriteria: z.array(CaseCriterion).min(1),
  extensions: Extensions,
});

/** A CASE package (or any wrapper) that carries rubrics in a CFRubrics list. */
export const CaseRubricList = z.object({ CFRubrics: z.array(z.unknown()).min(1) });

export type CaseRubric = z.infer<typeof CaseRubric>;
export type CaseCriterion = z.infer<typeof CaseCriterion>;
export type CaseLevel = z.infer<typeof CaseLevel>;

const Text = z.object({ nl: z.string(), en: z.string() });

/**
 * What CASE has no field for travels in `extensions.leerzicht`: our ids, the English texts, every
 * goal (CASE links one CFItem per criterion), the steps to the next level and the target levels
 * per year group. Another CASE tool ignores it; Leerzicht reads it back.
 */
export const LeerzichtRubricExtension = z.object({
  rubricId: z.string(),
  title: Text,
  description: Text,
  levels: z.array(z.object({ id: z.string(), label: Text })),
  targets: z.record(z.string(), z.record(z.string(), z.string())),
});
export const LeerzichtCriterionExtension = z.object({
  id: z.string(),
  title: Text,
  goals: z.array(z.string()),
  steps: z.record(z.string(), Text),
});
export const LeerzichtLevelExtension = z.object({ id: z.string(), descriptor: Text });

export const EXTENSION_KEY = 'leerzicht';
/** A Leerzicht goal named in CASE by its own id (CFItemURI.uri), when no SLO UUID belongs to it alone. */
export const GOAL_URN = 'urn:leerzicht:goal:';
