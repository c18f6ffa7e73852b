import type { Article } from '../types';

/** Compare at growing corpus sizes (filled in when the compare stage lands). */
export async function benchCompare(_articles: Article[]): Promise<void> {
  console.log('compare: not built yet');
}
