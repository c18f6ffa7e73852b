import { extractArticle } from '../../src/extract';
import { loadArticleFile, loadArticles } from '../../src/ingest';
import { tempDir } from '../helpers/tempdir';

const tmp = tempDir();
afterAll(() => tmp.remove());

/** A saved news page: navigation, header, scripts, a comments section and a footer around the article. */
const PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Harbour strike ends after 12 days | The Harbour Gazette</title>
  <link rel="canonical" href="https://gazette.example/news/harbour-strike-ends">
  <meta property="og:site_name" content="The Harbour Gazette">
  <meta property="article:published_time" content="2024-05-16T21:30:00-04:00">
  <style>body { font-family: serif } .ad { display: none }</style>
  <script>window.dataLayer = [{ event: "pageview", revenue: 4417 }];</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Gazette</a>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/subscribe">Subscribe for 99 cents</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>Harbour strike ends after 12 days</h1>
      <p class="byline">By Jo Bell</p>
      <p>Dock workers in Portsmouth returned to work on Thursday, ending a 12-day strike that left more than 40 ships waiting outside the harbour.</p>
      <p>The union said its members had accepted a pay rise of 6.5% this year and a further 4% in 2025, after talks that ran through the night.</p>
      <script>document.write('<div class="ad">Advertisement: 50% off</div>');</script>
      <h2>Losses for exporters</h2>
      <p>Exporters lost an estimated £90 million during the stoppage, according to the regional chamber of commerce, which had urged both sides to settle.</p>
      <p>“We are relieved that the ships can move again,” said Ana Ruiz, who runs a fruit import business in the port. “The last two weeks were very hard.”</p>
      <p>The harbour authority expects the backlog to be cleared by the end of May, a spokesman told reporters on Friday.</p>
    </article>
    <section class="comments" id="comments">
      <h3>3 Comments</h3>
      <div class="comment"><p>Great news, about time! 17 May 2024</p></div>
      <div class="comment"><p>My brother lost 3000 pounds because of this.</p></div>
      <form><label>Leave a Reply</label><textarea></textarea><button>Post Comment</button></form>
    </section>
  </main>
  <footer><p>© 2024 The Harbour Gazette. All rights reserved.</p><p><a href="/privacy">Privacy policy</a></p></footer>
  <script src="/analytics.js"></script>
</body>
</html>`;

describe('.html (saved web page)', () => {
  const file = tmp.write('harbour-strike.html', PAGE);
  const article = loadArticleFile(file);

  it('takes the article body out of the page', () => {
    expect(article.format).toBe('html');
    expect(article.text).toContain('Dock workers in Portsmouth returned to work on Thursday');
    expect(article.text).toContain('The harbour authority expects the backlog to be cleared by the end of May');
  });

  it.each([
    ['script code', 'dataLayer'],
    ['script output', 'Advertisement'],
    ['styles', 'font-family'],
    ['navigation', 'Subscribe for 99 cents'],
    ['the comments section', 'Great news'],
    ['the comment form', 'Leave a Reply'],
    ['the footer', 'All rights reserved'],
  ])('leaves out %s', (_what, text) => {
    expect(article.text).not.toContain(text);
  });

  it('puts the headline first, then paragraphs separated by blank lines', () => {
    expect(article.text.startsWith('Harbour strike ends after 12 days\n\nDock workers')).toBe(true);
    expect(article.text.slice(article.headline!.start, article.headline!.end)).toBe('Harbour strike ends after 12 days');
    expect(article.text.split('\n\n')).toHaveLength(7);
    expect(article.paragraphs).toHaveLength(7);
  });

  it('marks subheadings', () => {
    expect(article.subheadings!.map((s) => article.text.slice(s.start, s.end))).toEqual(['Losses for exporters']);
  });

  it('reads page metadata (the date as written, not shifted to UTC)', () => {
    expect(article).toMatchObject({
      id: 'harbour-strike', title: 'Harbour strike ends after 12 days', outlet: 'The Harbour Gazette', author: 'Jo Bell',
      url: 'https://gazette.example/news/harbour-strike-ends', published: '2024-05-16', publishedPrecision: 'day',
    });
  });

  it('gives claims found in the body, with offsets into the article text', () => {
    const { claims } = extractArticle(article);
    for (const c of claims) expect(article.text.slice(c.span.start, c.span.end)).toBe(c.text);
    const texts = claims.map((c) => `${c.kind}: ${c.text}`);
    expect(texts.some((t) => t.startsWith('quantity') && t.includes('£90 million'))).toBe(true);
    expect(texts.some((t) => t.startsWith('quote') && t.includes('We are relieved'))).toBe(true);
    // Nothing from the comments ("3000 pounds") or the footer year.
    expect(texts.filter((t) => t.includes('3000') || t.includes('2024 The'))).toEqual([]);
  });

  it('decodes a page in the charset it declares', () => {
    const latin = Buffer.from(PAGE.replace('utf-8', 'windows-1252').replace(/[“”]/g, '"'), 'latin1');
    const f = tmp.write('latin.html', latin);
    expect(loadArticleFile(f).text).toContain('an estimated £90 million');
  });

  it('refuses a page with no article in it', () => {
    const f = tmp.write('empty-page.html', '<html><head><title>Home</title></head><body><nav><a href="/">Home</a></nav></body></html>');
    const { skipped } = loadArticles([f]);
    expect(skipped.map((e) => [e.file, e.problem])).toEqual([[f, 'no article body found in the page']]);
  });
});
