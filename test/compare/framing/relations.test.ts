import { concept, frame, labelsOf } from './helpers';

describe('relationship labels between two countries', () => {
  it('Turkey–Azerbaijan: military alliance and close ally vs strategic partnership', () => {
    const found = frame(
      'Turkey and Azerbaijan signed a military alliance on Tuesday. Ankara called Baku a close ally.',
      'Turkey and Azerbaijan deepened their strategic partnership, officials in Ankara said.',
    );
    expect(labelsOf(concept(found, 'relationship:azerbaijan-turkey'))).toEqual({
      s0: ['alliance', 'close ally'],
      s1: ['strategic partnership'],
    });
  });

  it('a hyphenated pair attached to the label wins over other countries in the sentence', () => {
    const found = frame(
      'Officials in Washington worry about a growing Iran-Russia axis.',
      'Iran and Russia have a strategic partnership, analysts in Washington say.',
    );
    expect(labelsOf(concept(found, 'relationship:iran-russia'))).toEqual({ s0: ['growing axis'], s1: ['strategic partnership'] });
  });

  it('the article\'s main pair fills in "the partnership" and "the two countries"', () => {
    const found = frame(
      'China and Pakistan met in Beijing. Pakistan and China signed deals. The partnership is decades old.',
      'Pakistan and China held talks. China and Pakistan call it an all-weather friendship.',
    );
    expect(labelsOf(concept(found, 'relationship:china-pakistan'))).toEqual({ s0: ['partnership'], s1: ['all-weather friendship'] });
  });

  const negatives: Array<{ name: string; texts: string[] }> = [
    { name: 'plain "ties" and "relations" are not labels', texts: ['France and Germany have ties.', 'France and Germany have relations.'] },
    { name: '"its allies" of an unnamed holder', texts: ['The U.S. and its allies met in Brussels.', 'Britain and its allies met in Brussels.'] },
    { name: 'a business partnership without two countries', texts: ['The firm announced a strategic partnership with a bank.', 'A close partnership between two banks was announced.'] },
  ];
  it.each(negatives)('no relationship concept: $name', ({ texts }) => {
    expect(frame(...texts).filter((c) => c.concept.startsWith('relationship:'))).toEqual([]);
  });
});

describe('stance of a country on a conflict', () => {
  it('Turkey as mediator, neutral party or Ukraine\'s backer (Russia–Ukraine)', () => {
    const found = frame(
      'Turkey has cast itself as a mediator in the war in Ukraine.',
      'Turkey insists it is neutral in the conflict in Ukraine.',
      'Turkey has backed Kyiv with drones since Russia invaded Ukraine.',
    );
    expect(labelsOf(concept(found, 'stance:turkey'))).toEqual({ s0: ['mediator'], s1: ['neutral'], s2: ['backer of Ukraine'] });
  });

  it('Qatar as honest broker vs no neutral arbiter (Israel–Gaza); the actor carries over from the previous sentence', () => {
    const found = frame(
      'Qatar hosted talks on Gaza. It presented itself as an honest broker between Israel and Hamas.',
      'Qatar is no neutral arbiter in the Gaza war, critics say.',
    );
    expect(labelsOf(concept(found, 'stance:qatar'))).toEqual({ s0: ['broker'], s1: ['arbiter'] });
  });

  const negatives: Array<{ name: string; texts: string[] }> = [
    { name: 'carbon neutral and a neutral tone are not stances', texts: ['Germany aims to be carbon neutral by 2045 despite the war in Ukraine.', 'France struck a neutral tone on the war in Ukraine.'] },
    { name: 'no conflict named: no stance', texts: ['Norway acted as a mediator in the wage talks.', 'Norway was a mediator again.'] },
  ];
  it.each(negatives)('no stance concept: $name', ({ texts }) => {
    expect(frame(...texts).filter((c) => c.concept.startsWith('stance:'))).toEqual([]);
  });
});

describe('material support for a war effort', () => {
  it('Iran\'s drones for Russia: weapons vs denial', () => {
    const found = frame(
      'Iran has supplied Russia with drones used in the war in Ukraine.',
      'Iran says it has not sent weapons to Russia for the war in Ukraine.',
    );
    expect(labelsOf(concept(found, 'material-support:russia'))).toEqual({ s0: ['weapons'], s1: ['no weapons'] });
  });

  it('Libya: arms to one side described as lethal aid vs military equipment', () => {
    const found = frame(
      'The UAE provided Haftar\'s forces in Libya with lethal aid, and shipped armoured vehicles to Libya.',
      'The UAE sent military equipment to Libya despite the arms embargo on the Libyan civil war.',
    );
    const c = concept(found, 'material-support:libya');
    expect(Object.keys(c?.labels ?? {})).toEqual(['s0', 's1']);
    expect(labelsOf(c).s1).toContain('military aid');
  });

  it('no supply verb, no label: a country\'s own arsenal', () => {
    const found = frame('Russia has many missiles and drones for the war in Ukraine.', 'Ukraine has few weapons for the war.');
    expect(found.filter((c) => c.concept.startsWith('material-support:'))).toEqual([]);
  });
});

describe('peace initiatives: names and reception', () => {
  it('Turkey\'s plan for Gaza: peace plan vs rejected proposal', () => {
    const found = frame(
      'Turkey unveiled a 10-point peace plan for Gaza on Monday.',
      'Israel rejected the Turkish proposal for a ceasefire in Gaza.',
    );
    expect(labelsOf(concept(found, 'peace-plan:turkey'))).toEqual({ s0: ['10-point peace plan'], s1: ['rejected', 'proposal'] });
  });

  it('a plan with no peace, ceasefire or conflict around it is not a peace initiative', () => {
    const found = frame("Germany's proposal on pensions was debated.", "Germany's plan for pensions was criticised.");
    expect(found.filter((c) => c.concept.startsWith('peace-plan:'))).toEqual([]);
  });
});
