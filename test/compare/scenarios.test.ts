import { compareCorpus } from '../../src/compare';
import type { FlagKind, Verdict } from '../../src/types';
import { scenario, type ScenarioArticle } from '../align/scenario';

/**
 * Small multi-source news of our own making: each case lists articles with hand-placed claims and the
 * groups (by claim id) and verdicts/flags the comparison must produce, or the joins it must NOT make.
 */
interface Case {
  name: string;
  articles: ScenarioArticle[];
  groups?: Array<{ claims: string[]; verdict: Verdict; flag?: FlagKind }>;
  notTogether?: Array<[string, string]>;
}

const FLOOD_A = 'Floods in southern Brazil have killed 42 people, officials said on Tuesday. Governor Eduardo Leite said 12,000 residents had been evacuated from Porto Alegre.';
const FLOOD_B = 'At least 57 people have died in the floods in southern Brazil, according to the civil defence agency. More than 12,000 residents were evacuated from Porto Alegre, Governor Eduardo Leite said.';

const cases: Case[] = [
  {
    name: 'a conflicting death toll in one story; an evacuation figure that agrees within its bound',
    articles: [
      { id: 'a', published: '2024-05-07', text: FLOOD_A, claims: [{ kind: 'quantity', text: '42 people', q: { value: 42, unit: 'person' } }, { kind: 'quantity', text: '12,000 residents', q: { value: 12000, unit: 'resident' } }] },
      { id: 'b', published: '2024-05-08', text: FLOOD_B, claims: [{ kind: 'quantity', text: 'At least 57 people', q: { value: 57, unit: 'person', bound: '>=' } }, { kind: 'quantity', text: 'More than 12,000 residents', q: { value: 12000, unit: 'resident', bound: '>' } }] },
    ],
    groups: [
      { claims: ['a-0', 'b-0'], verdict: 'conflict', flag: 'value-conflict' },
      { claims: ['a-1', 'b-1'], verdict: 'agree' },
    ],
    notTogether: [['a-0', 'b-1'], ['a-1', 'b-0']],
  },
  {
    name: 'GDP growth for two different years is different-period, not a conflict',
    articles: [
      { id: 'a', published: '2024-02-01', text: "Kenya's economy grew 5.6% in 2023, the statistics office said on Thursday.", claims: [{ kind: 'quantity', text: '5.6%', q: { value: 5.6, unit: 'percent' }, period: '2023' }] },
      { id: 'b', published: '2024-02-02', text: "Kenya's economy grew 4.8% in 2022 before it picked up, the statistics office said.", claims: [{ kind: 'quantity', text: '4.8%', q: { value: 4.8, unit: 'percent' }, period: '2022' }] },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'different-period', flag: 'different-period' }],
  },
  {
    name: 'a forecast against the reported outcome for the same year',
    articles: [
      { id: 'a', published: '2023-01-15', text: 'The Bank of Ghana said it expects inflation in Ghana will fall to 20% this year.', claims: [{ kind: 'quantity', text: '20%', q: { value: 20, unit: 'percent', modality: 'forecast' }, period: '2023' }] },
      { id: 'b', published: '2024-01-20', text: 'Inflation in Ghana fell to 23.2% in 2023, the Bank of Ghana said.', claims: [{ kind: 'quantity', text: '23.2%', q: { value: 23.2, unit: 'percent' }, period: '2023' }] },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'forecast-vs-actual', flag: 'forecast-vs-actual' }],
  },
  {
    name: 'an altered quote is a conflict; a truncated one agrees',
    articles: [
      { id: 'a', published: '2024-05-07', text: 'Mayor Jane Okafor said: “We will rebuild every home that was lost in this flood, street by street.”', claims: [{ kind: 'quote', text: '“We will rebuild every home that was lost in this flood, street by street.”', speaker: 'Jane Okafor' }] },
      { id: 'b', published: '2024-05-07', text: 'Mayor Jane Okafor told reporters: “We will rebuild every house that was lost in the flood, street by street.”', claims: [{ kind: 'quote', text: '“We will rebuild every house that was lost in the flood, street by street.”', speaker: 'Jane Okafor' }] },
      { id: 'c', published: '2024-05-08', text: 'The flood mayor, Jane Okafor, promised: “We will rebuild every home that was lost in this flood.”', claims: [{ kind: 'quote', text: '“We will rebuild every home that was lost in this flood.”', speaker: 'Jane Okafor' }] },
    ],
    groups: [{ claims: ['a-0', 'b-0', 'c-0'], verdict: 'conflict', flag: 'quote-altered' }],
  },
  {
    name: 'the same long words given to two different speakers are an attribution conflict',
    articles: [
      { id: 'a', published: '2024-03-01', text: 'Finance Minister Maria Costa said: “Our budget will not raise taxes on working families this year.”', claims: [{ kind: 'quote', text: '“Our budget will not raise taxes on working families this year.”', speaker: 'Maria Costa' }] },
      { id: 'b', published: '2024-03-01', text: 'Prime Minister Luis Neto said: “Our budget will not raise taxes on working families this year.”', claims: [{ kind: 'quote', text: '“Our budget will not raise taxes on working families this year.”', speaker: 'Luis Neto' }] },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'conflict', flag: 'attribution-conflict' }],
  },
  {
    name: 'a direct quote and its reported version by the same speaker are a paraphrase',
    articles: [
      { id: 'a', published: '2024-03-01', text: 'Finance Minister Maria Costa said: “We will not raise taxes on working families in this budget.”', claims: [{ kind: 'quote', text: '“We will not raise taxes on working families in this budget.”', speaker: 'Maria Costa' }] },
      { id: 'b', published: '2024-03-02', text: 'Maria Costa said the budget would not raise taxes on working families.', claims: [{ kind: 'quote', text: 'the budget would not raise taxes on working families', speaker: 'Maria Costa', direct: false }] },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'paraphrase' }],
  },
  {
    name: 'two visits of different lengths by different leaders do not align',
    articles: [
      { id: 'a', published: '2023-03-21', text: 'Chancellor Olaf Scholz’s three-day visit to India began on Monday in New Delhi.', claims: [{ kind: 'quantity', text: 'three-day', q: { value: 3, unit: 'day' } }] },
      { id: 'b', published: '2024-05-16', text: 'President Emmanuel Macron’s two-day visit to India ended in New Delhi.', claims: [{ kind: 'quantity', text: 'two-day', q: { value: 2, unit: 'day' } }] },
      { id: 'c', published: '2024-05-16', text: 'Chancellor Olaf Scholz met President Emmanuel Macron, whose two-day visit to India ended.', claims: [{ kind: 'quantity', text: 'two-day', q: { value: 2, unit: 'day' } }] },
    ],
    groups: [{ claims: ['b-0', 'c-0'], verdict: 'agree' }],
    notTogether: [['a-0', 'b-0'], ['a-0', 'c-0']],
  },
  {
    name: 'trade between other country pairs in the same year does not align',
    articles: [
      { id: 'a', published: '2024-04-02', text: 'Trade between France and Germany reached $300 billion in 2023, customs data showed.', claims: [{ kind: 'quantity', text: '$300 billion', q: { value: 300e9, unit: 'USD' }, period: '2023' }] },
      { id: 'b', published: '2024-04-03', text: 'Trade between France and Italy reached $120 billion in 2023, customs data showed.', claims: [{ kind: 'quantity', text: '$120 billion', q: { value: 120e9, unit: 'USD' }, period: '2023' }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'a short common phrase inside another speaker’s quote is not the same quote',
    articles: [
      { id: 'a', published: '2024-05-16', text: 'Ms. Ana Lima said: “The most urgent issues will include the situation in Gaza and the Red Sea.”', claims: [{ kind: 'quote', text: '“The most urgent issues will include the situation in Gaza and the Red Sea.”', speaker: 'Ana Lima' }] },
      { id: 'b', published: '2024-05-16', text: 'Mr. Paulo Reis said he would brief them on “the situation in Gaza.”', claims: [{ kind: 'quote', text: '“the situation in Gaza.”', speaker: 'Paulo Reis' }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'two quotes that share only their opening words are not one altered quote',
    articles: [
      { id: 'a', published: '2024-05-16', text: 'Coach Ana Silva said: “I don’t know what I would do now.”', claims: [{ kind: 'quote', text: '“I don’t know what I would do now.”', speaker: 'Ana Silva' }] },
      { id: 'b', published: '2024-05-16', text: 'Coach Ana Silva said: “I don’t know what I was doing there.”', claims: [{ kind: 'quote', text: '“I don’t know what I was doing there.”', speaker: 'Ana Silva' }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'a different figure dated on one side only is neither a clash nor a new period',
    articles: [
      { id: 'a', published: '2024-02-01', text: 'Economic growth in Chile reached 8.1% in 2021, the central bank said.', claims: [{ kind: 'quantity', text: '8.1%', q: { value: 8.1, unit: 'percent' }, period: '2021' }] },
      { id: 'b', published: '2024-02-02', text: 'Economic growth in Chile reached 0.3%, the central bank said.', claims: [{ kind: 'quantity', text: '0.3%', q: { value: 0.3, unit: 'percent' } }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'the start of one war, worded differently by three outlets, is one date',
    articles: [
      {
        id: 'a', published: '2024-04-15',
        text: 'President Joe Biden has pressed allies to act on Sudan, especially since the escalation of the crisis in Sudan in April 2023. A donor conference in Paris raised $2 billion on Monday. The last census in Sudan was held in 2008.',
        claims: [{ kind: 'date', text: 'April 2023', value: '2023-04' }, { kind: 'date', text: 'Monday', value: '2024-04-15' }, { kind: 'date', text: '2008', value: '2008' }],
      },
      {
        id: 'b', published: '2024-04-15',
        text: 'Millions have fled Sudan since the war started in April 2023, aid groups said. Donors met in Paris on Monday and pledged $2 billion. Sudan’s economy shrank by a fifth in 2023.',
        claims: [{ kind: 'date', text: 'April 2023', value: '2023-04' }, { kind: 'date', text: 'Monday', value: '2024-04-15' }, { kind: 'date', text: '2023', nth: 1, value: '2023' }],
      },
      {
        id: 'c', published: '2024-04-16',
        text: 'When rival troops poured into Khartoum in 2023, the city emptied within weeks. The Paris conference on Sudan on Monday raised $2 billion. Sudan’s last elected government fell in 2019.',
        claims: [{ kind: 'date', text: '2023', value: '2023' }, { kind: 'date', text: 'Monday', value: '2024-04-15' }, { kind: 'date', text: '2019', value: '2019' }],
      },
    ],
    groups: [{ claims: ['a-0', 'b-0', 'c-0'], verdict: 'agree' }],
    notTogether: [['a-0', 'b-2'], ['c-0', 'b-2']],
  },
  {
    name: 'a date joins the event of its own phrase, not the other event its sentence names',
    articles: [
      { id: 'a', published: '2024-06-01', text: 'The two leaders formalized their partnership in 2022, shortly before the invasion of Ukraine.', claims: [{ kind: 'date', text: '2022', value: '2022' }] },
      { id: 'b', published: '2024-06-02', text: 'Trade has grown since the invasion began in 2022, customs data show.', claims: [{ kind: 'date', text: '2022', value: '2022' }] },
      { id: 'c', published: '2024-06-02', text: 'The partnership the two leaders established in 2022 has since deepened.', claims: [{ kind: 'date', text: '2022', value: '2022' }] },
    ],
    groups: [{ claims: ['a-0', 'c-0'], verdict: 'agree' }],
    notTogether: [['a-0', 'b-0'], ['b-0', 'c-0']],
  },
  {
    name: 'elections in two different countries in the same year are different events',
    articles: [
      { id: 'a', published: '2022-11-01', text: 'Turnout was high in the election in France in 2022, officials said.', claims: [{ kind: 'date', text: '2022', value: '2022' }] },
      { id: 'b', published: '2022-11-02', text: 'Turnout was high in the election in Brazil in 2022, officials said.', claims: [{ kind: 'date', text: '2022', value: '2022' }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'the same verb beside a year in two unrelated stories does not make one event',
    articles: [
      { id: 'a', published: '2005-01-10', text: 'The phone maker said its handset sold well after it launched in 2003 in Finland.', claims: [{ kind: 'date', text: '2003', value: '2003' }] },
      { id: 'b', published: '2005-03-02', text: 'The online music store has grown fast since it launched in 2003, its owner said.', claims: [{ kind: 'date', text: '2003', value: '2003' }] },
    ],
    notTogether: [['a-0', 'b-0']],
  },
  {
    name: 'N years since an event and its Nth anniversary are one figure',
    articles: [
      { id: 'a', published: '2021-06-01', text: 'Officials gathered on Monday for a ceremony marking 30 years since the recognition of Slovenia by Germany.', claims: [{ kind: 'quantity', text: '30 years', q: { value: 30, unit: 'year', measure: 'time since the recognition of Slovenia by Germany' } }] },
      { id: 'b', published: '2021-06-02', text: 'Slovenia and Germany celebrated the 30th anniversary of their diplomatic relations on Monday.', claims: [{ kind: 'quantity', text: '30th anniversary', q: { value: 30, unit: 'anniversary', ordinal: true } }] },
      { id: 'c', published: '2021-06-02', text: 'The ambassador, who is 30 years old, spoke about Slovenia and Germany on Monday.', claims: [{ kind: 'quantity', text: '30 years', q: { value: 30, unit: 'year' } }] },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'agree' }],
    notTogether: [['b-0', 'c-0']],
  },
  {
    name: 'two reports of one speaker in one act are a paraphrase; a report in another act is another statement',
    articles: [
      {
        id: 'a', published: '2024-03-01',
        text: 'President Ana Costa praised Kenya’s willingness to help end the border dispute. Ana Costa said that her government was willing to negotiate over the border.',
        claims: [{ kind: 'quote', text: 'Kenya’s willingness to help end the border dispute', speaker: 'Ana Costa', direct: false }, { kind: 'quote', text: 'her government was willing to negotiate over the border', speaker: 'Ana Costa', direct: false }],
      },
      {
        id: 'b', published: '2024-03-01',
        text: 'President Ana Costa commended Kenya for its offer to help settle the border dispute. Costa conveyed her government’s openness to negotiate over the border.',
        claims: [{ kind: 'quote', text: 'Kenya for its offer to help settle the border dispute', speaker: 'Ana Costa', direct: false }, { kind: 'quote', text: 'her government’s openness to negotiate over the border', speaker: 'Ana Costa', direct: false }],
      },
    ],
    groups: [{ claims: ['a-0', 'b-0'], verdict: 'paraphrase' }, { claims: ['a-1', 'b-1'], verdict: 'paraphrase' }],
    notTogether: [['a-0', 'b-1'], ['a-1', 'b-0']],
  },
];

describe.each(cases)('$name', ({ articles, groups = [], notTogether = [] }) => {
  const { articles: arts, extracted } = scenario(articles);
  const r = compareCorpus(arts, extracted, []);
  if (groups.length) it.each(groups)('groups $claims as $verdict', ({ claims, verdict, flag }) => {
    const g = r.groups.find((x) => claims.every((c) => x.claims.includes(c)));
    expect(g?.claims.slice().sort()).toEqual(claims.slice().sort());
    expect(g?.verdict).toBe(verdict);
    if (flag) expect(r.flags.some((f) => f.kind === flag && f.group === g?.id)).toBe(true);
    else expect(r.flags.filter((f) => f.group === g?.id)).toEqual([]);
  });
  if (notTogether.length) {
    it.each(notTogether)('does not join %s and %s', (x, y) => {
      expect(r.groups.some((g) => g.claims.includes(x) && g.claims.includes(y))).toBe(false);
    });
  }
});
