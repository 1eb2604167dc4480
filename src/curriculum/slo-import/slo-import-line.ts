/** The line an imported goal is stored under when it is none of ours (its own file: the first page needs only this name). */
export const SLO_IMPORT_LINE = 'slo-import';
