import { defaultTimeMLRoot, evaluateTimeML, printTimeML } from './timeml';

/** Only the TimeML section of `npm run eval` (node dist/eval/timeml-main.js [DIR] [--verbose]), for quick iteration. */
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? defaultTimeMLRoot();
printTimeML(evaluateTimeML(dir), process.argv.includes('--verbose'));
