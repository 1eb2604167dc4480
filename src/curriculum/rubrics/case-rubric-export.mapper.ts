import type { LocalText } from '@/domain/model';
import type { Rubric } from '@/domain/rubric';
import { goalById, goalsBySloId } from '@/curriculum';
import { EXTENSION_KEY, GOAL_URN } from './case-rubric.schema';
import { stableUuid } from './stable-uuid';

const SLO_URI = 'https://opendata.slo.nl/curriculum/uuid/';

/** CASE's one language: Dutch, or the English where the Dutch is blank (a rubric saved before the editor required it), so the file still names everything. */
const dutch = (text: LocalText) => (text.nl.trim() === '' ? text.en : text.nl);

export interface CaseExportOptions {
  /** lastChangeDateTime for every object (ISO instant). */
  readonly now: Date;
  /** Where the objects would live on a CASE server; uri = base + /CFRubrics/<identifier> etc. */
  readonly baseUri?: string;
}

/**
 * A rubric as a 1EdTech CASE CFRubric (JSON). CASE text is one language: Dutch. A criterion has no
 * title in CASE, so its title goes in `description`; a level's label is its `quality` (the column
 * heading), its descriptor the level's `description`, score and position count from 1, and the
 * steps to the next level also go in `feedback` (CASE's guidance text). The first goal of a
 * criterion is its CFItemURI, named so that it points at that goal only (goalLink). Everything else is in `extensions.leerzicht` (see the schema).
 */
export function toCaseRubric(rubric: Rubric, { now, baseUri = 'urn:leerzicht' }: CaseExportOptions) {
  const at = now.toISOString();
  const rubricIdentifier = stableUuid(`rubric:${rubric.id}`);
  const uri = (kind: string, identifier: string) => `${baseUri}/${kind}/${identifier}`;
  return {
    identifier: rubricIdentifier,
    uri: uri('CFRubrics', rubricIdentifier),
    title: dutch(rubric.title),
    description: rubric.description.nl,
    lastChangeDateTime: at,
    CFRubricCriteria: rubric.criteria.map((criterion, criterionIndex) => {
      const criterionIdentifier = stableUuid(`rubric:${rubric.id}:criterion:${criterion.id}`);
      const firstGoal = criterion.goals[0];
      return {
        identifier: criterionIdentifier,
        uri: uri('CFRubricCriteria', criterionIdentifier),
        description: dutch(criterion.title),
        ...(firstGoal ? { CFItemURI: goalLink(firstGoal) } : {}),
        weight: criterion.weight,
        position: criterionIndex + 1,
        rubricId: rubricIdentifier,
        lastChangeDateTime: at,
        CFRubricCriterionLevels: rubric.levels.map((level, levelIndex) => {
          const levelIdentifier = stableUuid(`rubric:${rubric.id}:criterion:${criterion.id}:level:${level.id}`);
          const descriptor = criterion.descriptors[level.id] ?? { nl: '', en: '' };
          const step = criterion.steps[level.id];
          return {
            identifier: levelIdentifier,
            uri: uri('CFRubricCriterionLevels', levelIdentifier),
            description: dutch(descriptor),
            quality: dutch(level.label),
            score: levelIndex + 1,
            ...(step ? { feedback: step.nl } : {}),
            position: levelIndex + 1,
            rubricCriterionId: criterionIdentifier,
            lastChangeDateTime: at,
            extensions: { [EXTENSION_KEY]: { id: level.id, descriptor } },
          };
        }),
        extensions: { [EXTENSION_KEY]: { id: criterion.id, title: criterion.title, goals: [...criterion.goals], steps: criterion.steps } },
      };
    }),
    extensions: {
      [EXTENSION_KEY]: { rubricId: rubric.id, title: rubric.title, description: rubric.description, levels: rubric.levels, targets: rubric.targets },
    },
  };
}

/**
 * A goal as a CASE LinkURI that names that goal and no other: by an SLO UUID only this goal carries
 * (on SLO's open-data host), else by its own id as a URN. Several of our goals share SLO ids (the
 * levels of a strand, a programming goal carried by two concepts), so a shared id would send an
 * importer to the wrong goal (decision 009).
 */
function goalLink(id: string) {
  const goal = goalById(id);
  const slo = goal?.sloIds.find((uuid) => goalsBySloId(uuid).length === 1);
  return { title: goal?.title.nl ?? id, identifier: slo ?? id, uri: slo ? `${SLO_URI}${slo}` : `${GOAL_URN}${id}` };
}

/** The file name for a download: the rubric id, readable. */
export const caseFileName = (rubric: Rubric) => `${rubric.id}.cfrubric.json`;
