import { buildLine } from './build-line';
import { REFERENCE_LEVELS } from './levels';

/** SLO referentiekader taal, domein Lezen, and its two subdomains with their general descriptors per level. */
const LEZEN = 'b5bb0c7d-14d3-4cb4-a801-4a243ea268d8';
const ZAKELIJK = '62b8576c-dbe7-499f-970c-3f8c8153480f';
const FICTIE = '7bfe5a51-162c-474e-90d1-3ad728a20972';

export const LEZEN_LINE = buildLine({
  id: 'lezen',
  subject: 'reading',
  title: { nl: 'Lezen', en: 'Reading' },
  description: {
    nl: 'Begrijpend lezen van zakelijke teksten en lezen van verhalen en boeken, langs de referentieniveaus.',
    en: 'Reading comprehension of informational texts and reading stories and books, along the national reference levels.',
  },
  levels: REFERENCE_LEVELS,
  strands: [
    { id: 'zakelijk', title: { nl: 'Zakelijke teksten', en: 'Informational texts' }, sloIds: [ZAKELIJK] },
    { id: 'fictie', title: { nl: 'Verhalen en boeken', en: 'Stories and books' }, sloIds: [FICTIE] },
  ],
  goals: [
    {
      strand: 'zakelijk',
      level: '1f',
      sloIds: [LEZEN, ZAKELIJK, '15887593-f6c3-4e43-ae10-c2876ad657f1'],
      title: { nl: 'Begrijpt eenvoudige teksten over alledaagse onderwerpen', en: 'Understands simple texts about everyday topics' },
    },
    {
      strand: 'zakelijk',
      level: '2f',
      sloIds: [LEZEN, ZAKELIJK, 'd1bf699e-714c-4c57-b659-8e5271b2b53d'],
      title: {
        nl: 'Begrijpt teksten over onderwerpen ook verder van de eigen leefwereld',
        en: 'Understands texts on topics further from their own world',
      },
    },
    {
      strand: 'zakelijk',
      level: '1s',
      sloIds: [LEZEN, ZAKELIJK, 'd1bf699e-714c-4c57-b659-8e5271b2b53d'],
      title: {
        nl: 'Vat teksten samen, herkent de opbouw en beoordeelt wat de schrijver wil',
        en: "Summarises texts, sees their structure and judges the writer's intent",
      },
    },
    {
      strand: 'fictie',
      level: '1f',
      sloIds: [LEZEN, FICTIE, '51574365-d2cb-486a-96e4-3404bf29bab1'],
      title: { nl: 'Leest jeugdboeken en leeft mee met de personages', en: 'Reads children’s books and engages with the characters' },
    },
    {
      strand: 'fictie',
      level: '2f',
      sloIds: [LEZEN, FICTIE, '8e0cc1f2-a1a3-4293-91d9-e1a9ecf336cc'],
      title: { nl: 'Herkent in verhalen thema, personages en opbouw', en: 'Recognises theme, characters and plot in stories' },
    },
    {
      strand: 'fictie',
      level: '1s',
      sloIds: [LEZEN, FICTIE, '8e0cc1f2-a1a3-4293-91d9-e1a9ecf336cc'],
      title: {
        nl: 'Legt verbanden tussen verhalen en eigen ervaringen en onderbouwt een oordeel',
        en: 'Connects stories with own experience and supports an opinion',
      },
    },
  ],
});
