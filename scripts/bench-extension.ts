/** `npm run bench:extension`: the built extension's size, typing cost and latency in Chromium. See scripts/bench-extension/. */
import { main } from './bench-extension/cli';

process.exitCode = await main(process.argv.slice(2));
