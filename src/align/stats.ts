import type { ArticlePhrases } from '../extract/analysis/framing/phrases';
import type { ClaimFeatures } from './features';

/**
 * Corpus-wide statistics that alignment normally computes from the articles it is given. A scoped run (the
 * incremental `check`, src/index/scoped.ts) compares only the articles a new one can touch, but passes the
 * statistics of the whole corpus, so that every weight, cap and threshold is the one a full compare would use.
 */
export interface CorpusStats {
  /** Story clustering: distinct documents and each term's document frequency over the whole corpus. */
  stories: { n: number; df: ReadonlyMap<string, number> };
  /** Claim bag words: per claim kind, the corpus-wide idf table (as attachIdf makes it). */
  idf: ReadonlyMap<string, Map<string, number>>;
  /** Blocking: how many claims of the whole corpus carry a story-independent key (undefined: count the given ones). */
  bucketSize: (key: string) => number | undefined;
  /** How many quantity claims of the whole corpus state a figure (figureKey), the new articles counted in. */
  figureCount?: (figure: string) => number;
  /** Stored features of an article's claims (story unset), so that a scoped run need not re-analyse its text. */
  featuresOf?: (articleId: string) => ClaimFeatures[] | undefined;
  /** Stored story term counts and labels of an article (as termCounts makes them). */
  termsOf?: (articleId: string) => { counts: Map<string, number>; labels: Map<string, string> } | undefined;
  /** A story id fixed in advance (the whole corpus' clustering), or undefined: the article is clustered. */
  fixedStory?: (articleId: string) => string | undefined;
  /** The label of a fixed story (as the whole corpus' clustering named it). */
  storyLabel?: (storyId: string) => string;
  /** The whole run's notices (extraction, duplicates), when the scoped run knows them for the whole corpus. */
  reportNotices?: string[];
  /** Stored framing phrases of an article (as articlePhrases makes them), so that framing need not parse it. */
  phrasesOf?: (articleId: string) => ArticlePhrases | undefined;
  /**
   * The articles whose flags the run reports (a scoped check's new articles): stages may skip work that can only
   * make flags about others (framing's referent concepts of other stories). All when absent.
   */
  focus?: ReadonlySet<string>;
  /** Framing reads only these articles (a scoped run's story neighbourhood); all when absent. */
  framingArticles?: ReadonlySet<string>;
}
