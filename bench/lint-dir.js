// One Node.js process that lints every Dockerfile in a directory with
// dockerfile-utils' library, the way an editor or a Node-based tool would.
// bench/compare.sh times this whole process against `dflint DIR`.
// Usage: NODE_PATH=<peers>/node_modules node bench/lint-dir.js DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { validate } = require('dockerfile-utils');

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node bench/lint-dir.js DIR');
  process.exit(2);
}
// The names dflint itself picks up in a directory, minus the Dockerfile.* family.
const isDockerfile = (name) => /(^|\.)(Dockerfile|Containerfile)$|\.dockerfile$/i.test(name);
const names = fs.readdirSync(dir).filter(isDockerfile).sort();
let problems = 0;
let crashed = 0;
for (const name of names) {
  try {
    problems += validate(fs.readFileSync(path.join(dir, name), 'utf8'), {}).length;
  } catch (e) {
    crashed += 1;
  }
}
console.log(`${names.length} files, ${problems} problems, ${crashed} crashed`);
