import { goalId } from '../../../src/domain/ids';
import type { CodeMapping } from '../../../src/domain/source';
import { WORKBOOK_CHAPTERS, chapterIri, chapterTestIri } from './caliper.demo';

/**
 * The demo mapping for the Digitaal Werkboek: each chapter test IRI (GradeEvents, item events)
 * and each chapter IRI (ToolUseEvent targets) -> its goal `rekenen.<strand>.<level>` or
 * `lezen.<strand>.<level>`. The "klokkijken" chapter is left out on purpose: its results
 * arrive as an unmapped code for the ICT coordinator.
 */
export const CALIPER_DEMO_MAPPING: CodeMapping = Object.fromEntries(
  WORKBOOK_CHAPTERS.flatMap((chapter) =>
    chapter.goal === null
      ? []
      : [[chapterTestIri(chapter.slug), [goalId(chapter.goal)]] as const, [chapterIri(chapter.slug), [goalId(chapter.goal)]] as const],
  ),
);

/** The code the mapping leaves out on purpose. */
export const CALIPER_UNMAPPED_TEST = chapterTestIri('rekenen-klokkijken');
