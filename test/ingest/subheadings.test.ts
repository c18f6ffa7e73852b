import { makeArticle } from '../helpers/article';

function subheadings(text: string): string[] {
  const a = makeArticle(text);
  return (a.subheadings ?? []).map((s) => text.slice(s.start, s.end));
}

const P1 = 'The council approved the budget on Tuesday after a long debate between the two largest parties in the chamber.';
const P2 = 'Spending on roads will rise by 8% next year, while the library service will lose two of its five branches.';

describe('findSubheadings (plain text)', () => {
  const found: Array<[string, string, string[]]> = [
    ['a title-like line between paragraphs', `${P1}\nRoads and libraries\n${P2}`, ['Roads and libraries']],
    ['a short question', `${P1}\nWhat changes for residents?\n${P2}`, ['What changes for residents?']],
    ['with curly quotes inside', `${P1}\nThe “fair share” formula\n${P2}`, ['The “fair share” formula']],
  ];
  it.each(found)('%s', (_n, text, expected) => expect(subheadings(text)).toEqual(expected));

  const notFound: Array<[string, string]> = [
    ['a sentence', `${P1}\nThe vote was close.\n${P2}`],
    ['a dateline', `${P1}\nLONDON—\n${P2}`],
    ['a long line without a full stop', `${P1}\nThe council approved the budget on Tuesday after a long debate between the parties\n${P2}`],
    ['a line after a paragraph with no final full stop', `${P1.slice(0, -1)}\nRoads and libraries\n${P2}`],
    ['an exclamation', `${P1}\nWhat a result!\n${P2}`],
    ['a long question', `${P1}\nWhat will the council do now that the budget has finally passed?\n${P2}`],
    ['the headline', `Roads and libraries\n\n${P1}\n${P2}`],
    ['a line right under the headline (standfirst)', `Budget passed\n\nCouncil splits over cuts\n\n${P1}\n${P2}`],
    ['the last line', `${P1}\n${P2}\nRoads and libraries`],
    ['a short line before a short line', `${P1}\nRoads and libraries\nBy Jo Bell`],
  ];
  it.each(notFound)('%s', (_n, text) => expect(subheadings(text)).toEqual([]));
});
