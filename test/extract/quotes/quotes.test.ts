import { ArticleContext } from '../../../src/extract/context';
import { quoteExtractor, quoteText } from '../../../src/extract/quotes';
import type { Quote } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

function quotes(text: string): Array<Quote & { claim: string }> {
  const ctx = new ArticleContext(makeArticle(text));
  return quoteExtractor
    .extract(ctx)
    .filter((c) => c.kind === 'quote')
    .map((c) => ({ ...(c as { quote: Quote }).quote, claim: c.text }));
}

function direct(text: string): Array<Quote & { claim: string }> {
  return quotes(text).filter((q) => q.direct);
}

describe('quoteText', () => {
  test.each([
    ['It works,', 'It works'],
    ['It works.', 'It works'],
    ['Is it?', 'Is it?'],
    ['Moscow…', 'Moscow…'],
    ['the [other] side', 'the [other] side'],
  ])('%s', (inner, expected) => expect(quoteText(inner)).toBe(expected));
});

describe('speakers of direct quotes', () => {
  const cases: Array<{ text: string; speaker: string | string[] | null; speakerText: string | null; type?: string }> = [
    { text: 'Prime Minister Jane Holloway arrived. “We are ready,” said Ms. Holloway.', speaker: 'Jane Holloway', speakerText: 'Ms. Holloway' },
    { text: 'Dr. Omar Haddad spoke first. “It is safe,” Dr. Haddad said on Friday.', speaker: 'Omar Haddad', speakerText: 'Dr. Haddad' },
    { text: 'Analyst Karen Lund spoke. “Prices will rise,” she added.', speaker: 'Karen Lund', speakerText: 'she' },
    { text: 'Mr. Ruiz said: “The talks are over.”', speaker: 'Ruiz', speakerText: 'Mr. Ruiz' },
    { text: '“This is a good day,” said Senator Maria Lopez, a Democrat from Ohio.', speaker: 'Maria Lopez', speakerText: 'Maria Lopez' },
    { text: '"Sales fell," said Tom Price, chief executive of Acme.', speaker: 'Tom Price', speakerText: 'Tom Price' },
    { text: 'According to Paul Dane, the mayor, it will be “a long winter.”', speaker: 'Paul Dane', speakerText: 'Paul Dane' },
    { text: 'Paris has declared it a “red line” for Europe.', speaker: 'French government', speakerText: 'Paris' },
    { text: 'The Kremlin said the West would “pay a price.”', speaker: 'Russian government', speakerText: 'The Kremlin' },
    { text: 'Canada’s foreign ministry said it would “respond firmly” to the move.', speaker: 'Ministry of Foreign Affairs of Canada', speakerText: 'Canada’s foreign ministry' },
    { text: 'Chancellor Lena Vogt met President Ana Costa. Messrs. Vogt and Costa declared a “new era” of trade.', speaker: ['Lena Vogt', 'Ana Costa'], speakerText: 'Messrs. Vogt and Costa' },
    { text: 'Mexico and Peru signed a deal. The two countries have declared a “strategic partnership” in trade.', speaker: ['Mexican government', 'Peruvian government'], speakerText: 'The two countries' },
    { text: 'Mayor Bill Stone gave a speech, with Mr. Stone describing the bridge as “a disaster.”', speaker: 'Bill Stone', speakerText: 'Mr. Stone' },
    { text: 'Coach Ian Ward left, saying he was “tired of losing.”', speaker: 'Ian Ward', speakerText: 'Ian Ward' },
    { text: 'Egypt published a 10-point peace plan in May. “Borders must be respected,” stated the document.', speaker: 'Egyptian government', speakerText: 'the document' },
  ];
  test.each(cases)('$text', ({ text, speaker, speakerText, type }) => {
    const q = direct(text).at(-1)!;
    expect(q.speaker).toEqual(speaker);
    expect(q.speakerText).toBe(speakerText);
    expect(q.role).toBe('statement');
    expect(q.quoteType).toBe(type ?? 'attributed');
  });

  test('a second quote in the paragraph keeps the speaker', () => {
    const qs = direct('“We won,” said coach Ann Bell. “Nobody expected it.”');
    expect(qs.map((q) => [q.speaker, q.quoteType])).toEqual([['Ann Bell', 'attributed'], ['Ann Bell', 'attributed']]);
  });

  test('a quote-only paragraph continues the previous speaker', () => {
    const qs = direct('“It was hard,” said Reporter Lia Moss.\n“But we finished the job.”');
    expect(qs[1]).toMatchObject({ speaker: 'Lia Moss', speakerText: null, quoteType: 'continuation', role: 'statement' });
  });

  test('the reporter resolves to the person introduced as a reporter', () => {
    const text = 'The trend is clear, according to BBC reporter Sam Kerr.\n“Trade is growing,” noted the reporter.';
    expect(direct(text)[0]).toMatchObject({ speaker: 'Sam Kerr', speakerText: 'the reporter' });
  });

  test('short names map to the longest full name; spelling variants meet', () => {
    const text = 'President Volodymyr Zelenskyy spoke in Kyiv.\n“We will not give up,” Zelensky said.';
    expect(direct(text)[0].speaker).toBe('Volodymyr Zelenskyy');
  });
});

describe('roles of quotes without a speaker', () => {
  const cases: Array<{ text: string; role: string; type: string }> = [
    { text: 'The two nations have a “no limits” partnership.', role: 'phrase', type: 'term' },
    { text: 'Troops risk becoming “bogged down” in the war.', role: 'phrase', type: 'scare' },
    { text: 'The results came late.\n“Peace will return to Europe soon.”', role: 'statement', type: 'unattributed' },
  ];
  test.each(cases)('$text', ({ text, role, type }) => {
    const q = direct(text)[0];
    expect(q).toMatchObject({ speaker: null, speakerText: null, role, quoteType: type });
  });

  test.each([
    'Anger over the war grew, with many saying it was “unjustified”.',
    'Welcoming the ruling, critics said the plan was “flawed”.',
  ])('no speaker from a sentence-initial common word: %s', (text) => {
    expect(direct(text)[0].speaker).toBeNull();
  });

  test('a speech verb far from a label with an unresolvable subject gives no speaker', () => {
    const q = direct('Officials sanctioned firms it claims sell “dual use” goods.')[0];
    expect(q.speaker).toBeNull();
    expect(q.role).toBe('phrase');
  });
});

describe('indirect speech', () => {
  test('speaker + verb + that-clause', () => {
    const qs = quotes('Governor Ray Ellis said on Monday that the budget would be balanced by next year.').filter((q) => !q.direct);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ speaker: 'Ray Ellis', text: 'the budget would be balanced by next year', quoteType: 'indirect', role: 'statement' });
  });

  test('the clause stops before a direct quote that follows a comma', () => {
    const qs = quotes('Mayor Ann Ruiz stated that the city would sign the deal, “but only on fair terms.”').filter((q) => !q.direct);
    expect(qs[0].text).toBe('the city would sign the deal');
  });

  const negatives = [
    'The court needed to “respect the law,” officials said.',
    'Moscow’s claims that the West started the war were rejected.',
    'He said “we will see” and left.',
    'It said that it was fine.',
  ];
  test.each(negatives)('no indirect quote: %s', (text) => {
    expect(quotes(text).filter((q) => !q.direct)).toEqual([]);
  });
});

describe('indirect speech: a speech act with a content object', () => {
  const cases: Array<[string, string, string]> = [
    ['Prime Minister Ana Costa praised Brazil’s willingness to mediate in the dispute.', 'Ana Costa', 'Brazil’s willingness to mediate in the dispute'],
    ['Governor Ray Ellis conveyed the state’s openness to talks over the strike.', 'Ray Ellis', 'the state’s openness to talks over the strike'],
    ['Senator Mia Holt commended the plan for peace in the region, which calls for a truce.', 'Mia Holt', 'the plan for peace in the region'],
    ['Coach Ana Silva has criticised the league for its schedule and has commended the referees for their calm handling of the final.', 'Ana Silva', 'the referees for their calm handling of the final'],
    ['Stressing the need for calm in the capital, President Paul Kagame urged restraint.', 'Paul Kagame', 'the need for calm in the capital'],
    ['Mayor Jane Okafor welcomed the news of the agreement, adding that work would start soon.', 'Jane Okafor', 'the news of the agreement'],
    ['Minister Tom Reyes voiced concern about rising prices in an interview with local radio.', 'Tom Reyes', 'concern about rising prices'],
  ];
  test.each(cases)('%s', (text, speaker, said) => {
    const qs = quotes(text).filter((q) => !q.direct);
    expect(qs.map((q) => [q.speaker, q.text])).toContainEqual([speaker, said]);
    expect(qs.every((q) => q.quoteType === 'indirect' && q.role === 'statement')).toBe(true);
  });

  const negatives = [
    'Coach Ana Silva praised Jones.',
    'The striker has been criticised by his own fans.',
    'A late goal from Ana Silva condemned the visitors to a fifth defeat.',
    'Staff in Frankfurt have expressed fears for their jobs.',
    'Mayor Jane Okafor stressed the “urgent need” for more housing.',
    'The minister’s stress on growth was noted.',
  ];
  test.each(negatives)('no indirect quote: %s', (text) => {
    expect(quotes(text).filter((q) => !q.direct)).toEqual([]);
  });
});

describe('indirect speech: participles, media, "about" and a gerund, quoted terms', () => {
  const cases: Array<[string, string, string]> = [
    ['Wikileaks publisher Julian Assange tweeted about the report on Monday, saying that the organization couldn’t “confirm” the messages.', 'Julian Assange', 'the organization couldn’t “confirm” the messages'],
    ['Justice Ruth Bader Ginsburg hasn’t been shy about it, joking that she might move to New Zealand.', 'Ruth Bader Ginsburg', 'she might move to New Zealand'],
    ['Julian Assange spoke. Mr. Assange said on Twitter that he could not confirm the messages.', 'Julian Assange', 'he could not confirm the messages'],
    ['Justice Ruth Bader Ginsburg spoke. She even joked ruefully about moving to New Zealand.', 'Ruth Bader Ginsburg', 'moving to New Zealand'],
    ['Former President Vicente Fox spoke. Mr. Fox vowed in February that it would never happen.', 'Vicente Fox', 'it would never happen'],
  ];
  test.each(cases)('%s', (text, speaker, said) => {
    expect(quotes(text).filter((q) => !q.direct).map((q) => [q.speaker, q.text])).toContainEqual([speaker, said]);
  });

  const negatives = [
    // A participle whose sentence opens with a quote has no subject to take.
    '“We are done,” the talks ended, saying that nothing was agreed.',
    // A longer quote inside the clause is the clause's content: left to the direct quote.
    'Mayor Ann Ruiz said that the city would “sign the deal on fair terms” soon.',
    // "about" with a noun is a topic, not what was said.
    'Mayor Ann Ruiz joked about the weather.',
  ];
  test.each(negatives)('no indirect quote: %s', (text) => {
    expect(quotes(text).filter((q) => !q.direct)).toEqual([]);
  });
});
