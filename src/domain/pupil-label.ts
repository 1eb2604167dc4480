import type { Pupil, RosterEntry } from './model';

export type PupilLabel = { readonly kind: 'name'; readonly text: string } | { readonly kind: 'placeholder'; readonly number: number };

/** A pupil's name from the roster, or "Leerling n" without one. Never the pseudonym. */
export function pupilLabel(pupil: Pupil, roster: RosterEntry | null | undefined): PupilLabel {
  const text = roster
    ? [roster.firstName, roster.prefix, roster.lastName]
        .map((part) => part.trim())
        .filter(Boolean)
        .join(' ')
    : '';
  return text ? { kind: 'name', text } : { kind: 'placeholder', number: pupil.number };
}
