import { concept, frame, labelsOf } from './helpers';

describe('listed spelling variants', () => {
  const table: Array<{ name: string; texts: string[]; concept: string; labels: Record<string, string[]>; divergence: number }> = [
    { name: 'Kiev / Kyiv', texts: ['Talks were held in Kiev on Monday.', 'Talks were held in Kyiv. Kyiv welcomed them.'], concept: 'spelling:kyiv', labels: { s0: ['Kiev'], s1: ['Kyiv', 'Kyiv'] }, divergence: 1 },
    { name: 'Burma / Myanmar', texts: ['Burma held elections.', 'Myanmar held elections.', 'Myanmar, also called Burma, voted.'], concept: 'spelling:myanmar', labels: { s0: ['Burma'], s1: ['Myanmar'], s2: ['Myanmar', 'Burma'] }, divergence: (1 + 2 * (0.8113 - 0.5)) / 3 },
    { name: 'Turkey / Türkiye (Turkiye is the same form without the diacritic)', texts: ['Turkey hosted the talks.', 'Türkiye hosted the talks.', 'Turkiye hosted the talks.'], concept: 'spelling:turkiye', labels: { s0: ['Turkey'], s1: ['Türkiye'], s2: ['Türkiye'] }, divergence: 0.6667 },
    { name: 'Gaddafi / Qaddafi', texts: ['Muammar Gaddafi ruled Libya.', 'Muammar Qaddafi ruled Libya.'], concept: 'spelling:gaddafi', labels: { s0: ['Gaddafi'], s1: ['Qaddafi'] }, divergence: 1 },
    { name: 'Zelensky / Zelenskyy (possessive keeps the name span)', texts: ["Zelensky's office said no.", 'Zelenskyy said no.'], concept: 'spelling:zelensky', labels: { s0: ['Zelensky'], s1: ['Zelenskyy'] }, divergence: 1 },
    { name: 'a single source with a former spelling is still shown', texts: ['Shelling hit the Donbass region.', 'Shelling hit the east.'], concept: 'spelling:donbas', labels: { s0: ['Donbass'] }, divergence: 0 },
  ];

  it.each(table)('$name', ({ texts, concept: id, labels, divergence }) => {
    const c = concept(frame(...texts), id);
    expect(labelsOf(c)).toEqual(labels);
    expect(c!.divergence).toBeCloseTo(divergence, 3);
  });

  const negatives: Array<{ name: string; texts: string[] }> = [
    { name: 'every source writes Kyiv: no spelling divergence', texts: ['Talks were held in Kyiv.', 'Kyiv welcomed the talks.'] },
    { name: 'only one source names the place at all', texts: ['Talks were held in Kyiv.', 'Talks were held somewhere.'] },
    { name: 'Chicken Kiev is a dish', texts: ['The canteen served Chicken Kiev.', 'Talks were held in Kyiv.'] },
    { name: 'turkey the bird, and a Turkey sandwich', texts: ['We ate turkey.', 'He ordered a Turkey sandwich.'] },
  ];

  it.each(negatives)('no spelling concept: $name', ({ texts }) => {
    expect(frame(...texts).filter((c) => c.concept.startsWith('spelling:'))).toEqual([]);
  });
});

describe('spelling variants found without a lexicon', () => {
  const table: Array<{ name: string; texts: string[]; labels: Record<string, string[]> }> = [
    {
      name: 'Sergei / Sergey before the same surname',
      texts: ['Foreign Minister Sergei Lavrov met his counterpart.', 'Foreign Minister Sergey Lavrov met his counterpart.'],
      labels: { s0: ['Sergei'], s1: ['Sergey'] },
    },
    {
      name: 'Shoigu / Shoygu after the same first name',
      texts: ['Defence chief Sergei Shoigu spoke.', 'Defence chief Sergei Shoygu spoke. Sergei Shoygu later left.'],
      labels: { s0: ['Shoigu'], s1: ['Shoygu', 'Shoygu'] },
    },
    {
      name: 'Mohammad / Mohammed before the same surname',
      texts: ['President Mohammad Morsi was ousted.', 'President Mohammed Morsi was ousted.'],
      labels: { s0: ['Mohammad'], s1: ['Mohammed'] },
    },
  ];

  it.each(table)('$name', ({ texts, labels }) => {
    const spelling = frame(...texts).filter((c) => c.concept.startsWith('spelling:'));
    expect(spelling).toHaveLength(1);
    expect(labelsOf(spelling[0])).toEqual(labels);
  });

  const negatives: Array<{ name: string; texts: string[] }> = [
    { name: 'a word and its inflection: Russia / Russian', texts: ['Russia said yes.', 'Russian officials said yes.'] },
    { name: 'similar surnames of different people (no shared role)', texts: ['Gordon Brown spoke.', 'Jackson Browne sang.'] },
    { name: 'same spelling everywhere', texts: ['Sergei Lavrov spoke.', 'Sergei Lavrov spoke again.'] },
    { name: 'different names that only look alike (Martin / Marvin)', texts: ['Coach Martin Smith resigned.', 'Coach Marvin Smith resigned.'] },
  ];

  it.each(negatives)('no variant concept: $name', ({ texts }) => {
    expect(frame(...texts).filter((c) => c.concept.startsWith('spelling:'))).toEqual([]);
  });
});
