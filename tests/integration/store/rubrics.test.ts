import { describe, expect, it } from 'vitest';
import { rubricById } from '@/curriculum/rubrics';
import { pupilRef, rubricId } from '@/domain/ids';
import { assessmentsForRubric } from '@/store/assessments.repo';
import { deleteRubric, listStoredRubrics, saveRubric } from '@/store/rubrics.repo';
import { freshDb } from '../../support/render-app';

describe('rubrics store', () => {
  it('saves, lists (checking each record) and deletes school rubrics; a broken record is named and kept; assessments stay', async () => {
    const db = freshDb();
    const own = { ...rubricById('samenwerken')!, id: rubricId('samen-school') };
    await saveRubric(db, own, new Date('2026-07-03T14:00:00Z'));
    await db.rubrics.put({ id: rubricId('kapot'), title: 'geen tekst' } as never);
    await db.assessments.put({
      id: 'a',
      rubric: own.id,
      criterion: 'taken',
      pupil: pupilRef('p'.repeat(40)),
      level: 'expert',
      date: '2026-06-01',
      note: '',
    });
    expect((await db.rubrics.get(own.id))?.updatedAt).toBe('2026-07-03T14:00:00.000Z');
    const listed = await listStoredRubrics(db);
    expect(listed.rubrics).toEqual([own]);
    expect(listed.broken).toEqual(['kapot']);
    await deleteRubric(db, own.id);
    expect((await listStoredRubrics(db)).rubrics).toEqual([]);
    expect(await db.rubrics.count()).toBe(1);
    expect(await assessmentsForRubric(db, own.id)).toHaveLength(1);
  });
});
