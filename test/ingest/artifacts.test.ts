import { findArtifacts } from '../../src/ingest/artifacts';
import { segmentParagraphs, segmentSentences } from '../../src/ingest/sentences';

function artifacts(text: string): Array<[string, string]> {
  const paragraphs = segmentParagraphs(text);
  return findArtifacts(text, paragraphs, segmentSentences(text, paragraphs)).map((a) => [a.rule, text.slice(a.start, a.end)]);
}

describe('findArtifacts', () => {
  const found: Array<[string, string, Array<[string, string]>]> = [
    [
      'a truncated duplicate ending a paragraph',
      'Exports grew in May. When the border reopened trucks.\nWhen the border reopened trucks queued for 20 km, police said.',
      [['truncated-duplicate', 'When the border reopened trucks.']],
    ],
    [
      'a truncated duplicate as its own paragraph',
      'Exports grew in May.\nWhen the border reopened trucks.\nWhen the border reopened trucks queued for 20 km.',
      [['truncated-duplicate', 'When the border reopened trucks.']],
    ],
    [
      'quote style and case do not matter',
      'Start here. After Kyiv’s allies halted gas.\nAFTER KYIV\'S ALLIES halted gas imports, prices rose.',
      [['truncated-duplicate', 'After Kyiv’s allies halted gas.']],
    ],
    [
      'a paragraph repeated word for word',
      'The bridge will close for repairs on Monday.\nThe bridge will close for repairs on Monday.\nDrivers should use the ring road.',
      [['repeated-paragraph', 'The bridge will close for repairs on Monday.']],
    ],
  ];
  it.each(found)('%s', (_n, text, expected) => expect(artifacts(text)).toEqual(expected));

  const notFound: Array<[string, string]> = [
    ['too short to be sure', 'The talks ended.\nThe talks ended in failure on Friday.'],
    ['next paragraph says something else', 'When the border reopened trucks.\nPolice said the queue was 20 km long.'],
    ['same opening words, different continuation', 'Exports grew by 5% in May.\nExports grew by 7% in June, the ministry said.'],
    ['the fragment does not end in a full stop', 'When the border reopened trucks\nWhen the border reopened trucks queued for 20 km.'],
    ['a short repeated paragraph (a refrain)', 'No comment.\nNo comment.'],
  ];
  it.each(notFound)('%s', (_n, text) => expect(artifacts(text)).toEqual([]));
});
