import { queryOptions } from '@tanstack/react-query';
import type { PupilKey } from '@/domain/ids';
import type { Group } from '@/domain/model';
import { pupilLabel, type PupilLabel } from '@/domain/pupil-label';
import type { LeerzichtDb } from './db';
import { listGroups, pupilsInGroup, rosterFor, UNASSIGNED_GROUP } from './pupils.repo';
import { schoolKeys } from './school.queries';
import { maySeeGroup, vaultKey } from './vault';

/** Settings key prefix: `oso-pupil.<sourceId>` holds `{ pupil: PupilKey }`, whose dossier a file source holds. */
export const DOSSIER_PUPIL_SETTING = 'oso-pupil.';

/** A pupil an OSO dossier can belong to, by key and label only: the pseudonym never reaches the view. */
export interface DossierPupil {
  readonly key: PupilKey;
  readonly label: PupilLabel;
  readonly group: Group;
  /** The group's position in the sorted list, for "Groep n" while names are locked. */
  readonly groupPosition: number;
}

/**
 * Roster pupils (not pupils only a source knows, not pupils who left) of the groups this session
 * may see. Empty without a roster. Keyed by the vault epoch, like every query that reads names.
 */
export const dossierPupilQueries = {
  all: (db: LeerzichtDb) =>
    queryOptions({
      queryKey: schoolKeys.dossierPupils(),
      queryFn: async (): Promise<DossierPupil[]> => {
        const key = vaultKey();
        const groups = (await listGroups(db, key)).filter((group) => group.id !== UNASSIGNED_GROUP && maySeeGroup(group.id));
        const perGroup = await Promise.all(groups.map(async (group, position) => ({ group, position, pupils: await pupilsInGroup(db, group.id) })));
        const roster = await rosterFor(
          db,
          perGroup.flatMap((item) => item.pupils.map((pupil) => pupil.ref)),
          key,
        );
        return perGroup.flatMap(({ group, position, pupils }) =>
          pupils.map((pupil) => ({ key: pupil.key, label: pupilLabel(pupil, roster.get(pupil.ref)), group, groupPosition: position })),
        );
      },
    }),
};
