// Plain JavaScript on purpose: it must run, and explain itself, on the old Node it is there to stop.
// npm runs it before install, build, start and test (package.json "pre…" scripts).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node.js 22.12 or newer (you have ${process.versions.node}): run \`nvm install\` (reads .nvmrc: 24), ` +
      'or `npm i --no-save --prefix ~/.cache/node24 node@24` and put ~/.cache/node24/node_modules/.bin first on PATH.',
  );
  process.exit(1);
}
