import * as fs from 'node:fs';
import * as path from 'node:path';
import { findChrome, labelKey, labelKind } from '../../src/ingest/chrome';
import { loadArticles } from '../../src/ingest';
import { makeArticle, SEEDS_DIR, GOLD_FILE, SHARED } from '../helpers/article';

/** The chrome texts of an article built from `text` (headline rule, chrome rules and artifacts all applied). */
function chromeTexts(text: string): string[] {
  const a = makeArticle(text);
  return a.chrome.map((c) => text.slice(c.start, c.end));
}

const BODY = [
  'Ministers from both countries met in Lisbon on Monday to discuss fishing quotas.',
  '',
  'The talks ended without agreement, officials said, and will resume in three weeks.',
].join('\n');

describe('labelKey', () => {
  it.each([
    ['Comments 2', 'comments'],
    ['2 Comments', 'comments'],
    ['Comments (14)', 'comments'],
    ['  • Related Posts:', 'related posts'],
    ['Editor’s Pick »', "editor's pick"],
    ['Leave a Reply', 'leave a reply'],
  ])('%j → %j', (line, key) => expect(labelKey(line)).toBe(key));

  it('knows list labels from trailing labels', () => {
    expect(labelKind('Related Stories')).toBe('list');
    expect(labelKind('Leave a comment')).toBe('trailing');
    expect(labelKind('The comments were made on Friday.')).toBeNull();
  });
});

describe('chrome in plain text: found', () => {
  const cases: Array<[string, string, string[]]> = [
    ['comment form label', `${BODY}\n\nLeave a comment`, ['Leave a comment']],
    ['comment counter', `${BODY}\nComments 14`, ['Comments 14']],
    ['count first', `${BODY}\n\n3 Comments`, ['3 Comments']],
    [
      'comment form with notices',
      `${BODY}\n\nLeave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\nPost Comment`,
      ['Leave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\nPost Comment'],
    ],
    [
      'related list with story headlines',
      `${BODY}\n\nRelated Stories\n\nPortugal and Spain agree new rules for sardine catches in 2024\nFishing fleet protests over fuel prices reach the capital`,
      ['Related Stories\n\nPortugal and Spain agree new rules for sardine catches in 2024\nFishing fleet protests over fuel prices reach the capital'],
    ],
    [
      'share bar',
      `${BODY}\n\nShare this article\nFacebook\nTwitter\nWhatsApp\nEmail`,
      ['Share this article\nFacebook\nTwitter\nWhatsApp\nEmail'],
    ],
    [
      'newsletter box and footer',
      `${BODY}\n\nSign up for our newsletter\n\nGet the latest headlines delivered to your inbox every morning.\n\nThank you for subscribing!\n\nCopyright 2021 Example Media Group, All rights reserved.`,
      ['Sign up for our newsletter\n\nGet the latest headlines delivered to your inbox every morning.\n\nThank you for subscribing!\n\nCopyright 2021 Example Media Group, All rights reserved.'],
    ],
    ['copyright footer alone', `${BODY}\n\n© 2022 The Harbour Gazette`, ['© 2022 The Harbour Gazette']],
    ['(c) footer', `${BODY}\n\n(c) 2019 Example Radio Ltd`, ['(c) 2019 Example Radio Ltd']],
    ['tags line', `${BODY}\n\nTags: fishing, Portugal, European Union`, ['Tags: fishing, Portugal, European Union']],
    [
      'a blog platform footer (share and like buttons)',
      `${BODY}\n\nShare this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated`,
      ['Share this:\nTwitter\nFacebook\n\nLike this:\nLike Loading...\n\nRelated'],
    ],
    [
      'a post footer with a time',
      `${BODY}\n\nPosted by Jo Bell at 10:30 AM\nNo comments:\nPost a Comment\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)`,
      ['Posted by Jo Bell at 10:30 AM\nNo comments:\nPost a Comment\nNewer Post Older Post Home\nSubscribe to: Post Comments (Atom)'],
    ],
    [
      'topic links and reuse notice',
      `${BODY}\n\nExplore more on these topics\nFishing\nPortugal\nEuropean Union\nShare\nReuse this content`,
      ['Explore more on these topics\nFishing\nPortugal\nEuropean Union\nShare\nReuse this content'],
    ],
    [
      'ad slot inside the body',
      'Ministers met in Lisbon on Monday.\n\nAdvertisement\n\nThe talks ended without agreement on 12 quotas.',
      ['Advertisement'],
    ],
    [
      'link line inside the body',
      'Ministers met in Lisbon on Monday.\n\nREAD MORE: Fishing fleet protests over fuel prices\n\nThe talks ended without agreement.',
      ['READ MORE: Fishing fleet protests over fuel prices'],
    ],
    [
      'related list inside the body',
      'Ministers met in Lisbon on Monday.\n\nRelated\n• Sardine quotas cut by 20%\n• Fleet protests reach Madrid\n\nThe talks ended without agreement.',
      ['Related\n• Sardine quotas cut by 20%\n• Fleet protests reach Madrid'],
    ],
    [
      'truncated duplicate sentence',
      'The port reopened on Friday. After the strike ended the ships.\nAfter the strike ended the ships returned to the harbour within hours, the authority said.',
      ['After the strike ended the ships.'],
    ],
    [
      'repeated paragraph',
      'The port reopened on Friday after a two-week strike.\nThe port reopened on Friday after a two-week strike.\nShips returned within hours.',
      ['The port reopened on Friday after a two-week strike.'],
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(chromeTexts(text)).toEqual(expected);
  });

  it('marks the second copy of a repeated paragraph', () => {
    const text = 'Lede here.\n\nThe port reopened on Friday after a two-week strike.\nThe port reopened on Friday after a two-week strike.';
    const [c] = makeArticle(text).chrome;
    expect(c).toMatchObject({ type: 'artifact', rule: 'repeated-paragraph' });
    expect(c.start).toBe(text.lastIndexOf('The port'));
  });
});

describe('chrome in plain text: not found', () => {
  const cases: Array<[string, string]> = [
    ['clean article', BODY],
    ['a sentence that starts with a label word', `${BODY}\n\nComments from the minister came after 14 boats were seized.`],
    ['a label followed by real paragraphs', `${BODY}\n\nRelated\n\nThe ministry said it would publish the new quotas in March, after consulting the fleet.`],
    ['a question line', `${BODY}\n\nWhat happens next?\n\nBoth sides will meet again in May, the ministry said in a statement.`],
    ['a short last paragraph', `${BODY}\n\nNo date has been set.`],
    ['the headline is a label word', 'Share\n\nShares in the fishing company rose 4% on Monday after the talks.'],
    ['an enumerated clause marked (c)', `${BODY}\n\n(a) a pay rise of 6%;\n(b) a one-off payment;\n(c) a notice period of 30 days.\n\nThe union will vote on Friday.`],
    ['copyright as a subject', `${BODY}\n\nCopyright law has not changed since 1988, the court said.`],
    ['a lede that repeats the headline', 'Port reopens after strike\n\nPort reopens after strike ends, officials said on Friday.'],
    ['a sentence that shares only its first words with the next', 'The port reopened on Friday.\nThe port reopened its second terminal on Saturday.'],
    ['a numbered list in the body', 'The plan has three steps.\n\n1. Cut quotas by 20%.\n2. Pay fishers for lost income.\n\nIt starts in May.'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(chromeTexts(text)).toEqual([]);
  });
});

describe('chrome offsets', () => {
  it('skips chrome without cutting it out: spans index the text as read', () => {
    const text = `${BODY}\n\nRelated Posts\n\n  • All Posts\n  • Economy\n\n© 2023 Example News\n`;
    const a = makeArticle(text);
    expect(a.text).toBe(text);
    expect(a.chrome).toHaveLength(1);
    expect(a.chrome[0]).toMatchObject({ type: 'chrome', rule: 'trailing-block' });
    expect(text.slice(a.chrome[0].start, a.chrome[0].end)).toBe('Related Posts\n\n  • All Posts\n  • Economy\n\n© 2023 Example News');
  });

  it('never starts a trailing block on the first line of the body', () => {
    expect(findChrome('Comments\n\nShare')).toEqual([{ start: 10, end: 15, type: 'chrome', rule: 'trailing-block' }]);
  });
});

interface GoldFile {
  boilerplate: Array<{ articleId: string; type: string; span: { start: number; end: number } }>;
  claims: Array<{ articleId: string; text: string; span: { start: number; end: number } }>;
}

describe('seeds against the gold annotation', () => {
  const gold = JSON.parse(fs.readFileSync(GOLD_FILE, 'utf8')) as GoldFile;
  const { articles } = loadArticles([SEEDS_DIR]);
  const byId = new Map(articles.map((a) => [a.id, a]));

  it.each(gold.boilerplate.map((b) => [`${b.articleId} ${b.type} at ${b.span.start}`, b] as const))('covers gold boilerplate %s', (_n, b) => {
    const a = byId.get(b.articleId)!;
    expect(a.chrome.some((c) => c.start <= b.span.start && c.end >= b.span.end && c.type === b.type)).toBe(true);
  });

  it('overlaps no gold claim', () => {
    const hits = gold.claims.filter((c) => byId.get(c.articleId)!.chrome.some((ch) => c.span.start < ch.end && ch.start < c.span.end));
    expect(hits.map((c) => `${c.articleId}: ${c.text}`)).toEqual([]);
  });

  it('marks nothing in the seeds that gold does not call boilerplate', () => {
    for (const a of articles) {
      for (const c of a.chrome) {
        const inGold = gold.boilerplate.some((b) => b.articleId === a.id && c.start >= b.span.start && c.end <= b.span.end);
        expect({ id: a.id, text: a.text.slice(c.start, c.end), inGold }).toEqual({ id: a.id, text: a.text.slice(c.start, c.end), inGold: true });
      }
    }
  });
});

describe('clean news text (bbc-news corpus)', () => {
  const dir = path.join(SHARED, 'corpora/bbc-news');
  it('flags (almost) nothing in 2,225 clean articles', () => {
    const { articles, skipped } = loadArticles([dir]);
    expect(skipped).toEqual([]);
    expect(articles.length).toBe(2225);
    const flagged = articles.flatMap((a) => a.chrome.map((c) => `${a.id}: ${a.text.slice(c.start, c.end)}`));
    expect(flagged.length).toBeLessThanOrEqual(2);
  });
});
