/** `npm run eval -- --data ../shared/data/dev`: signals and flags against the labelled sets. See scripts/eval/. */
import { main } from './eval/cli';

process.exitCode = await main(process.argv.slice(2));
