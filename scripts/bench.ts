/** `npm run bench`: Rapport's speed against compromise, harper.js and alex. See scripts/bench/. */
import { main } from './bench/cli';

process.exitCode = await main(process.argv.slice(2));
