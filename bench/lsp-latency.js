// How fast `dflint lsp` answers an edit: opens a Dockerfile of about 300 lines, then sends
// didChange after didChange (one character typed or deleted, alternately) and times each from
// sending the change to receiving the diagnostics of that version. Prints the median and the
// 90th percentile of the measured edits after the warm-up ones.
//
// Needs the packages of the Node client test:  (cd src/test/node/lsp-client && npm ci)
// and a built jar:                              mvn -q -B package -DskipTests
// Usage: node bench/lsp-latency.js [EDITS] [WARMUP] [FILE] [DEBOUNCE_MS]
//   FILE: the Dockerfile to edit (default: a generated 300-line, 6-stage one)
//   DEBOUNCE_MS: the server's pause before linting a change (default 0: the lint itself;
//                the server's own default is 50, which editors see on top)
'use strict';

const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..');
const modules = path.join(root, 'src/test/node/lsp-client/node_modules');
const rpc = require(path.join(modules, 'vscode-jsonrpc/node'));

const edits = Number(process.argv[2] || 300);
const warmup = Number(process.argv[3] || 100);
const file = process.argv[4];
const debounceMs = Number(process.argv[5] || 0);

/** A multi-stage Dockerfile of 300 lines: builder stages, a test stage, a final image. */
function generated() {
  const out = ['# syntax=docker/dockerfile:1', 'ARG DEBIAN=12-slim'];
  for (let s = 0; out.length < 270; s++) {
    out.push(`FROM golang:1.23 AS build${s}`, 'WORKDIR /src', 'COPY go.mod go.sum ./',
      'RUN --mount=type=cache,target=/go/pkg/mod go mod download', 'COPY . .',
      `RUN CGO_ENABLED=0 go build -o /out/app${s} ./cmd/app${s}`, `ENV APP${s}_HOME=/opt/app${s}`);
    out.push('RUN apt-get update && apt-get install -y curl ca-certificates \\',
      '    && rm -rf /var/lib/apt/lists/*');
    for (let i = 0; i < 30; i++) out.push(`RUN echo step ${s}.${i} > /tmp/step${i}`);
  }
  out.push('FROM debian:${DEBIAN}');
  for (let s = 0; out.length < 299; s++) out.push(`COPY --from=build${s % 6} /out/app${s % 6} /usr/local/bin/`);
  out.push('CMD ["app0"]');
  return out.slice(0, 300).join('\n') + '\n';
}

const text = file ? fs.readFileSync(file, 'utf8') : generated();
const lines = text.split('\n');
const editLine = Math.floor(lines.length / 2);
const uri = 'untitled:bench.Dockerfile';

const server = cp.spawn(path.join(root, 'bin/dflint'), ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(server.stdout), new rpc.StreamMessageWriter(server.stdin));
const waiting = new Map();
let findings = 0;
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  const w = waiting.get(p.version);
  if (p.uri === uri && w) {
    waiting.delete(p.version);
    findings = p.diagnostics.length;
    w(process.hrtime.bigint());
  }
});
conn.onNotification('window/logMessage', () => {});
conn.onNotification('window/showMessage', (m) => console.error('server: ' + m.message));
conn.onRequest('client/registerCapability', () => null);
conn.listen();

function diagnosticsFor(version) {
  return new Promise((resolve) => waiting.set(version, resolve));
}

async function main() {
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {},
    initializationOptions: { debounceMs } });
  conn.sendNotification('initialized', {});
  const opened = diagnosticsFor(1);
  conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  await opened;
  const times = [];
  const width = lines[editLine].length;
  for (let v = 2; v < 2 + warmup + edits; v++) {
    // type a character at the end of the middle line, then delete it again
    const typed = v % 2 === 0;
    const change = typed
      ? { range: { start: { line: editLine, character: width }, end: { line: editLine, character: width } }, text: 'x' }
      : { range: { start: { line: editLine, character: width }, end: { line: editLine, character: width + 1 } }, text: '' };
    const answered = diagnosticsFor(v);
    const sent = process.hrtime.bigint();
    conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [change] });
    const at = await answered;
    if (v >= 2 + warmup) times.push(Number(at - sent) / 1e6);
  }
  times.sort((a, b) => a - b);
  const pick = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  console.log(`${lines.length - 1} lines, ${findings} findings, debounce ${debounceMs} ms, ${warmup} warm-up edits, ${times.length} measured:`);
  console.log(`  didChange -> diagnostics: median ${pick(0.5).toFixed(1)} ms, p90 ${pick(0.9).toFixed(1)} ms, `
    + `min ${times[0].toFixed(1)} ms, max ${times[times.length - 1].toFixed(1)} ms`);
  await conn.sendRequest('shutdown');
  conn.sendNotification('exit');
}

main().then(() => setTimeout(() => process.exit(0), 200), (e) => {
  console.error(e);
  server.kill();
  process.exit(1);
});
