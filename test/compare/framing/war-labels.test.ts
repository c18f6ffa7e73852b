import { concept, frame, labelsOf, textsOf } from './helpers';

/** Headline-free texts: the first line of each ends in a full stop. */
describe('war labels: the name each source gives a conflict', () => {
  const table: Array<{ name: string; texts: string[]; concept: string; labels: Record<string, string[]> }> = [
    {
      name: 'Russia–Ukraine: euphemism vs invasion vs war',
      texts: [
        'Moscow said the special military operation in Ukraine was going to plan. Officials blamed the West for the crisis.',
        "Russia's full-scale invasion of Ukraine entered its third year. The war has displaced millions.",
      ],
      concept: 'war-label:russia-ukraine',
      labels: { s0: ['special military operation', 'crisis'], s1: ['full-scale invasion', 'war'] },
    },
    {
      name: 'Israel–Gaza: war, conflict, genocide tied by place words',
      texts: [
        'The Israel-Hamas war has killed thousands of people in Gaza, health officials said.',
        'Protesters accused Israel of genocide in Gaza. The conflict shows no sign of ending.',
      ],
      concept: 'war-label:israel-gaza',
      labels: { s0: ['war'], s1: ['genocide', 'conflict'] },
    },
    {
      name: 'Myanmar: civil war vs insurgency vs the situation',
      texts: [
        'The civil war in Myanmar has left the junta in control of fewer towns.',
        'The military government called it an insurgency in Burma. Diplomats discussed the situation in Myanmar.',
      ],
      concept: 'war-label:myanmar',
      labels: { s0: ['civil war'], s1: ['insurgency', 'situation'] },
    },
    {
      name: 'Libya: a bare "the conflict" refers back to the last conflict named',
      texts: [
        'Fighting resumed near Tripoli on Sunday. Analysts say the conflict could spread.',
        'The civil war in Libya has drawn in foreign powers.',
      ],
      concept: 'war-label:libya',
      labels: { s0: ['conflict'], s1: ['civil war'] },
    },
  ];

  it.each(table)('$name', ({ texts, concept: id, labels }) => {
    const c = concept(frame(...texts), id);
    expect(labelsOf(c)).toEqual(labels);
    expect(c!.divergence).toBeGreaterThan(0);
  });

  it('spans cover the attached place and possessive ("Russia\'s war in Ukraine")', () => {
    const c = concept(frame("Russia's war in Ukraine dragged on.", 'Russia invaded Ukraine in 2022.'), 'war-label:russia-ukraine');
    expect(textsOf(c)).toEqual({ s0: ["Russia's war in Ukraine"], s1: ['Russia invaded Ukraine'] });
  });

  const negatives: Array<{ name: string; texts: string[] }> = [
    { name: 'trade war / price war are not armed conflicts', texts: ['The trade war between the US and Ukraine hurt farmers.', 'A price war in Ukraine hit mobile operators.'] },
    { name: 'war crimes, war games and anti-war are not names of the war', texts: ['Investigators in Ukraine documented war crimes.', 'Anti-war protesters gathered in Kyiv. Troops held war games near Ukraine.'] },
    { name: 'an energy crisis is not the conflict', texts: ['The energy crisis in Ukraine worsened.', 'A cost-of-living crisis hit Ukraine.'] },
    { name: 'the Cold War and World War II are other wars', texts: ['Ukraine was part of the Soviet Union during the Cold War.', 'Ukraine lost millions in World War II.'] },
    { name: 'no conflict named anywhere: a bare "the war" attaches to nothing', texts: ['The war was long.', 'The conflict was short.'] },
  ];

  it.each(negatives)('no war label: $name', ({ texts }) => {
    expect(frame(...texts).filter((c) => c.concept.startsWith('war-label:'))).toEqual([]);
  });

  it('the Soviet-Afghan war is not the war the article is about', () => {
    const found = frame(
      'The invasion of Ukraine was compared to the Soviet-Afghan war.',
      'The war in Ukraine, like the Soviet-Afghan war, bogged down.',
    );
    expect(labelsOf(concept(found, 'war-label:russia-ukraine'))).toEqual({ s0: ['invasion'], s1: ['war'] });
  });
});
