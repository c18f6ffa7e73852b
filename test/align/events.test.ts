import { ArticleEntities } from '../../src/align/entities';
import { windowStems } from '../../src/align/features';
import { makeArticle } from '../helpers/article';

/** The weighted words a date's window takes (as a date: phrase breaks weigh). */
function near(text: string, date: string): Map<string, number> {
  const a = makeArticle(text);
  const at = text.indexOf(date);
  const sentence = a.sentences.find((s) => at >= s.start && at < s.end)!;
  return windowStems(new ArticleEntities(a), sentence, { start: at, end: at + date.length }, 6, 4, true, true).weights;
}

describe('event wording: armed movements, located crises and multi-word synonyms name the war class', () => {
  const war: Array<[string, string]> = [
    ['Russian tanks rolled into the region in 2014, witnesses said.', '2014'],
    ['Rebel troops crossed the border in March 2021.', 'March 2021'],
    ['Government forces quickly moved into the city in 2016.', '2016'],
    ['Thousands have fled since the crisis in Sudan in 2023.', '2023'],
    ['Aid agencies warned about the Yemen crisis in 2015.', '2015'],
    ['Exports slumped after the escalation of the crisis in the Sahel in 2022.', '2022'],
    ['The crisis between Armenia and Azerbaijan in 2020 displaced many.', '2020'],
    ['Prices rose after the military operation in 2022.', '2022'],
  ];
  it.each(war)('%s → @war beside %s', (text, date) => {
    expect(near(text, date).get('@war')).toBeGreaterThan(0);
  });

  const notWar: Array<[string, string]> = [
    ['Europe faced the energy crisis in Germany in 2022.', '2022'],
    ['Markets fell during the debt crisis in Greece in 2010.', '2010'],
    ['The opioid crisis in the United States worsened in 2019.', '2019'],
    ['Tensions between India and China rose in 2020.', '2020'],
    ['Two think tanks moved into new offices in 2018.', '2018'],
    ['Fuel tanks rolled off the production line in 2019.', '2019'],
    ['Market forces pushed into the sector in 2017.', '2017'],
    ['The tanks were cleaned in 2015.', '2015'],
  ];
  it.each(notWar)('%s → no @war beside %s', (text, date) => {
    expect(near(text, date).has('@war')).toBe(false);
  });

  it('reads "took office" as an inauguration', () => {
    expect(near('The new mayor took office in 2019 after a close race.', '2019').get('@inauguration')).toBe(1);
  });
});

describe('date windows: the date belongs to its own phrase', () => {
  it('weighs the words past a comma half when the date has words of its own phrase', () => {
    const w = near('The partnership was formalized in 2022, shortly before the invasion of the country.', '2022');
    expect(w.get('forma')).toBe(1);
    expect(w.get('@war')).toBeLessThan(1);
  });
  it('keeps full weight for the words after a fronted date', () => {
    const w = near('In 2022, troops crossed the border at dawn.', '2022');
    expect(w.get('@war')).toBe(1);
  });
  it('does not read "end" inside the date as an event', () => {
    expect(near('The research partnership was dissolved at the end of 2003.', 'the end of 2003').get('end')).toBeUndefined();
  });
  it('still reads an event inside the date ("the eve of his visit")', () => {
    expect(near('He spoke on the eve of his visit to Nairobi.', 'the eve of his visit').get('@visit')).toBe(1);
  });
});

describe('event phrases of the language data: running for office', () => {
  const cases: Array<[string, string]> = [
    ['Chris Christie announced he is running for president in 2016.', '2016'],
    ['Chris Christie will throw his hat in the ring for 2016.', '2016'],
  ];
  it.each(cases)('%s → @candidacy beside %s', (text, date) => {
    expect(near(text, date).get('@candidacy')).toBe(1);
  });
  it('does not read a president as a candidacy', () => {
    expect(near('The president signed the bill in 2016.', '2016').has('@candidacy')).toBe(false);
  });
});
