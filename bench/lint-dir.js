// One Node.js process that lints every Dockerfile under a directory with
// dockerfile-utils' library, the way an editor or a Node-based tool would.
// bench/compare.sh times this whole process against `dflint DIR`.
// Usage: NODE_PATH=<peers>/node_modules node bench/lint-dir.js DIR
'use strict';
const fs = require('fs');
const path = require('path');
const { validate } = require('dockerfile-utils');

const root = process.argv[2];
if (!root) {
  console.error('usage: node bench/lint-dir.js DIR');
  process.exit(2);
}

// The names dflint picks up when it walks a directory, hidden folders skipped.
const isDockerfile = (name) =>
  /^(Dockerfile|Containerfile)(\..+)?$/.test(name) || /\.(Dockerfile|dockerfile)$/.test(name);

function collect(dir, out) {
  const entries = fs.readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith('.')) collect(full, out);
    } else if (e.isFile() && isDockerfile(e.name)) {
      out.push(full);
    }
  }
  return out;
}

const files = collect(root, []);
let problems = 0;
let crashed = 0;
for (const file of files) {
  try {
    problems += validate(fs.readFileSync(file, 'utf8'), {}).length;
  } catch (e) {
    crashed += 1;
  }
}
console.log(`${files.length} files, ${problems} problems, ${crashed} crashed`);
