import { ArticleContext } from '../../../src/extract/context';
import { quoteExtractor } from '../../../src/extract/quotes';
import type { Quote } from '../../../src/types';
import { makeArticle } from '../../helpers/article';

/** Direct quotes of a text (a headline line and a blank line first, so the body is not taken as a headline). */
function direct(body: string, headline = 'A headline about nothing'): Array<Quote & { claim: string }> {
  const ctx = new ArticleContext(makeArticle(`${headline}\n\n${body}`));
  return quoteExtractor
    .extract(ctx)
    .filter((c) => c.kind === 'quote' && c.quote.direct)
    .map((c) => ({ ...(c as { quote: Quote }).quote, claim: c.text }));
}

function speakerTexts(body: string, headline?: string): Array<string | null> {
  return direct(body, headline).map((q) => q.speakerText);
}

describe('attribution from the clause', () => {
  test.each<[string, string, Array<string | null>]>([
    ['the next cue when the nearest is no verb', '“The changes add urgency,” the report stated.', ['the report']],
    ['a lower-case description after the quote', '“It was very nice,” the gambling tycoon told Reuters.', ['the gambling tycoon']],
    ['a description after "according to"', 'According to the newspaper, “gun laws empower dealers to sell weapons.”', ['the newspaper']],
    ['a party tag between name and verb', '“There is tremendous energy,” Rep. Earl Blumenauer (D-Ore.) said.', ['Blumenauer']],
    ['an appositive age', '“We were wrong from the start,” Ramos, 58, told AFP.', ['Ramos']],
    ['a lower-case title modifier', '“We should lay off Bernie,” Senate minority leader Harry Reid told reporters.', ['Harry Reid']],
    ['a verb coordinated with "but"', 'Bush praised Rubio as “a bright leader” but described his skills as a “work in progress.”', ['Bush', 'Bush']],
    ['a sentence-initial pronoun as clause subject', 'He then adopted an accent and joked, “I am just going to make it easier for them.”', ['He']],
    ['"X, who …" attributes to X', 'The senator met Roffman, who later described the impact as “horrendous for everyone.”', ['Roffman']],
    ['a noun in -ly before a comma is no adverb', '“Nothing you can do, folks,” Trump told a North Carolina rally, saying Clinton would “abolish the second amendment.”', ['Trump', 'Trump']],
    ['a word after a possessive is a noun, not the cue', 'Hollande denounced Trump’s remarks as “hurtful and humiliating” and left.', ['Hollande']],
    ['lower-case modifiers of a title after an inverted verb', '"It is a yellow light," said election lawyer Joe Birkenstock.', ['Joe Birkenstock']],
    ['"one" opens a description', '“That does not mean no response,” one Clinton aide said.', ['one Clinton aide']],
    ['a party-and-state tag in commas', '"Let me be clear," Senate Majority Leader Mitch McConnell, R-Ky., said.', ['Mitch McConnell']],
    ['an appositive that opens with a possessive', '"This campaign is great," Jeff Weaver, Sanders\' campaign manager, said.', ['Jeff Weaver']],
    ['a nested quote closing with the outer one still hands over', '“People go by and I just say, ‘Thank you for voting,’” Bennett explained.', ['Bennett']],
    ['a comma after a fragment hands over', 'Avoid words like “maybe” and “perhaps”, he told reporters.', ['he', 'he']],
    ['a verb that usually follows a quote may introduce one', 'Graham spoke first. He continued, “I believe it is about repairing the damage.”', ['He']],
    ['a two-word speech verb', 'As Joel Pollak of Breitbart pointed out in December, “The delegates will have multiple opportunities.”', ['Joel Pollak']],
    ['the next cue when the nearest has no subject', 'Zimmerman said he planned to fight crime and to counter “Hillary Clinton’s anti-firearm rhetoric.”', ['Zimmerman']],
    ['an infinitive takes the subject of its clause', 'Pence went on to say that once the elections are over, “these two men are going to do great things.”', ['Pence']],
    ['a subject after its verb before the colon', 'In other words, explained CBS anchor Nancy Cordes: “What does that have to do with taking big donations?”', ['Nancy Cordes']],
    ['a name after "of" that is no description', 'It began in the mouth of Donald Trump, who proclaimed in July that refugees “cannot come into this country.”', ['Donald Trump']],
    ['a conjunction before the clause subject', 'And he made a point of saying the club “was a place of solidarity and empowerment.”', ['he']],
    ['a plain description before the name after the quote', '"The move is disgusting," Republican candidate Donald Trump said in a statement. “He had plans,” his friend Mahamat Saleh Oumar told the paper.', ['Donald Trump', 'Mahamat Saleh Oumar']],
    ['a quote that resumes its sentence after the attribution', '“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”', ['an Iowa Democrat', 'an Iowa Democrat']],
    ['lower-case words before a name after the verb', '"I am not going to say it is a mistake," said retired neurosurgeon Ben Carson.', ['Ben Carson']],
    ['a title before the name in commas', '“Positions are gonna soften,” Hunter’s chief of staff, Joe Kasper, told POLITICO.', ['Joe Kasper']],
    ['the quoted sentence runs on before its speaker', '"He has voted with the gun lobby numerous times" and against the Brady law, Clinton said.', ['Clinton']],
    ['a reflexive after the subject', 'Cruz himself said Tuesday that “the only way to win the state of Iowa is to go and ask.”', ['Cruz']],
    ['quotes joined by "and" share the attribution after them', 'Guns are “a crisis” and “stunt growth,” Howard Dean, the former governor of Vermont, proclaimed.', ['Howard Dean', 'Howard Dean']],
  ])('%s', (_why, body, expected) => {
    expect(speakerTexts(body)).toEqual(expected);
  });

  test('a colon closing the previous paragraph introduces the quote', () => {
    const qs = direct('Cruz continued:\n\n“You look at the questions and you see the problem.”');
    expect(qs[0].speaker).toBe('Cruz');
  });

  test('with no speech verb the colon clause subject speaks', () => {
    expect(speakerTexts('Politico has the numbers: “Of its registered voters, most are Democrats.”')).toEqual(['Politico']);
  });

  test('a transcript line names its speaker', () => {
    expect(speakerTexts('“PENCE: Well, look, the question really should be something else.”')).toEqual(['PENCE']);
  });

  test('an unresolved speaker phrase carries over to the next quote of its paragraph', () => {
    const qs = direct('“Okay,” I said, attempting to regroup. “I was seventeen years old when I set foot in America.”');
    expect(qs.map((q) => q.speakerText)).toEqual(['I', 'I']);
  });
});

describe('headline attributions', () => {
  test('a name and a colon', () => {
    expect(speakerTexts('Body text here.', 'Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s Chance')).toEqual(['Graham']);
  });
  test('a Title Case speech verb after a name', () => {
    expect(speakerTexts('Body text here.', 'Guns Are ‘The Ultimate Public Health Crisis,’ Howard Dean Tells Convention')).toEqual(['Howard Dean']);
  });
  test('a headline scare quote with no attribution is a phrase', () => {
    const qs = direct('Body text here.', 'NFL has gone ‘soft’ like the rest');
    expect(qs.map((q) => q.role)).toEqual(['phrase']);
  });
});

describe('carry-over', () => {
  test('a quote after "But" takes the speaker of the quote before it', () => {
    expect(direct('“It is not do or die,” Zeldin said outside. But “the candidacy is strengthened with an endorsement from him.”').map((q) => q.speaker)).toEqual(['Zeldin', 'Zeldin']);
  });
});

describe('sentence-initial participles are not names', () => {
  test.each([
    ['Choosing China for his first visit, Mr. Xi said the ties were “strong and lasting.”', 'Mr. Xi'],
    ['Striking a contrast with his rival, Smith said the plan was “a disaster for everyone.”', 'Smith'],
    ['Asked about the plan, Smith said it was “a disaster for all of us.”', 'Smith'],
  ])('%s', (body, speaker) => {
    expect(speakerTexts(body)).toEqual([speaker]);
  });
  test('a name ending in -ing followed by its verb is still a name', () => {
    expect(speakerTexts('Harding said the ties were “strong and lasting beyond doubt today.”')).toEqual(['Harding']);
  });
});

describe('quoted titles are phrases', () => {
  test('a programme, a work named with "entitled"; a label after its speaker stays a statement', () => {
    const qs = direct('“I expect to be vetted,” he said on “Meet the Press.” The ad, entitled “Nuestra Historia,” ran. Trump called her “Crooked Hillary” again.');
    expect(qs.map((q) => [q.role, q.speakerText])).toEqual([['statement', 'he'], ['phrase', null], ['phrase', null], ['statement', 'Trump']]);
  });
});
