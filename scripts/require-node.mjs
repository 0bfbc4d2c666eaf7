// Plain JavaScript on purpose: it must run, and explain itself, on the old Node it is there to stop.
// npm runs it before build, start and test (package.json "pre…" scripts). `npm install` stops earlier, on
// engine-strict, and prints package.json "engines" whole: the how-to is kept there so both say the same.
import { readFileSync } from 'node:fs';

const engines = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).engines;
const [needMajor, needMinor] = engines.node.replace('>=', '').split('.').map(Number);
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  console.error(`This project needs Node.js ${needMajor}.${needMinor} or newer (you have ${process.versions.node}): ${engines['how-to-get-it']}.`);
  process.exit(1);
}
