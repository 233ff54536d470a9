// Drives `dflint lsp` as VS Code's client does, with the same JSON-RPC and protocol libraries:
// initialize, didOpen, didChange, codeAction, hover, definition, shutdown and exit, checking
// every answer. Usage: node client.js LAUNCHER WORKDIR
// Prints one "ok"/"not ok" line per check and "N passed, N failed" at the end; exits 1 on a failure.
'use strict';

const cp = require('child_process');
const fs = require('fs');
const path = require('path');
const url = require('url');
const rpc = require('vscode-jsonrpc/node');
const proto = require('vscode-languageserver-protocol/node');

const [launcher, workdir] = process.argv.slice(2);
if (!launcher || !workdir) {
  console.error('usage: node client.js LAUNCHER WORKDIR');
  process.exit(2);
}

const TEXT = [
  '# syntax=docker/dockerfile:1',
  'FROM golang:1.23',
  'WORKDIR /src',
  'COPY <<EOF ./main.go',
  'package main',
  '',
  'import "fmt"',
  '',
  'func main() {',
  '  fmt.Println("hello, world")',
  '}',
  'EOF',
  'RUN go build -o /bin/hello ./main.go',
  '',
  'FROM scratch',
  'COPY --from=0 /bin/hello /bin/hello',
  'CMD ["/bin/hello"]',
  '',
].join('\n');

let passed = 0;
let failed = 0;
function check(name, condition, detail) {
  if (condition) {
    passed++;
    console.log('ok - ' + name);
  } else {
    failed++;
    console.log('not ok - ' + name + (detail === undefined ? '' : ': ' + JSON.stringify(detail)));
  }
}

function offset(text, pos) {
  const lines = text.split('\n');
  let off = 0;
  for (let i = 0; i < pos.line && i < lines.length; i++) off += lines[i].length + 1;
  const line = lines[Math.min(pos.line, lines.length - 1)] || '';
  return off + Math.min(pos.character, line.replace(/\r$/, '').length);
}

/** Applies text edits as an editor does: from the end of the text backwards. */
function apply(text, edits) {
  const sorted = edits.slice().sort((a, b) => offset(text, b.range.start) - offset(text, a.range.start));
  for (const e of sorted) {
    text = text.slice(0, offset(text, e.range.start)) + e.newText + text.slice(offset(text, e.range.end));
  }
  return text;
}

function editsOf(workspaceEdit, uri) {
  if (workspaceEdit.documentChanges) {
    return workspaceEdit.documentChanges.filter((c) => c.textDocument && c.textDocument.uri === uri).flatMap((c) => c.edits);
  }
  return (workspaceEdit.changes && workspaceEdit.changes[uri]) || [];
}

function sameRange(r, l1, c1, l2, c2) {
  return r && r.start.line === l1 && r.start.character === c1 && r.end.line === l2 && r.end.character === c2;
}

async function main() {
  const file = path.join(workdir, 'Dockerfile');
  fs.writeFileSync(file, TEXT);
  const uri = url.pathToFileURL(file).toString();

  const child = cp.spawn(launcher, ['lsp'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  const connection = proto.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

  // diagnostics by version, and whoever waits for one
  const published = new Map();
  const waiting = new Map();
  connection.onNotification(proto.PublishDiagnosticsNotification.type, (p) => {
    if (p.uri !== uri) return;
    published.set(p.version, p);
    const w = waiting.get(p.version);
    if (w) w(p);
  });
  connection.onNotification(proto.ShowMessageNotification.type, (m) => console.log('# server says: ' + m.message));
  connection.onRequest(proto.RegistrationRequest.type, () => null);
  connection.listen();
  const diagnostics = (version) => published.has(version) ? Promise.resolve(published.get(version))
    : new Promise((resolve) => waiting.set(version, resolve));

  const init = await connection.sendRequest(proto.InitializeRequest.type, {
    processId: process.pid,
    rootUri: url.pathToFileURL(workdir).toString(),
    capabilities: {
      workspace: { workspaceEdit: { documentChanges: true } },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
      },
    },
  });
  const caps = init.capabilities;
  check('initialize: server info', init.serverInfo && init.serverInfo.name === 'dflint', init.serverInfo);
  check('initialize: incremental sync', caps.textDocumentSync && caps.textDocumentSync.change === proto.TextDocumentSyncKind.Incremental, caps.textDocumentSync);
  check('initialize: utf-16 positions', caps.positionEncoding === 'utf-16', caps.positionEncoding);
  check('initialize: hover, definition, references, rename', caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.renameProvider, caps);
  check('initialize: fix-all code action kind', caps.codeActionProvider && caps.codeActionProvider.codeActionKinds.includes('source.fixAll.dflint'), caps.codeActionProvider);
  check('initialize: dflint.stages command', caps.executeCommandProvider && caps.executeCommandProvider.commands.includes('dflint.stages'), caps.executeCommandProvider);
  await connection.sendNotification(proto.InitializedNotification.type, {});

  // didOpen: DF1001 on the --from=0 flag, exactly
  await connection.sendNotification(proto.DidOpenTextDocumentNotification.type,
    { textDocument: { uri, languageId: 'dockerfile', version: 1, text: TEXT } });
  const first = await diagnostics(1);
  const df1001 = first.diagnostics.find((d) => d.code === 'DF1001');
  check('didOpen: DF1001 reported', df1001 !== undefined, first.diagnostics);
  check('didOpen: DF1001 at --from=0', df1001 && sameRange(df1001.range, 15, 5, 15, 13), df1001 && df1001.range);
  check('didOpen: source, severity, document link', df1001 && df1001.source === 'dflint' && df1001.severity === 2
    && df1001.codeDescription && /\/rules\/DF1001\.md$/.test(df1001.codeDescription.href), df1001);

  // didChange: an unsaved edit is linted
  await connection.sendNotification(proto.DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: 16, character: 0 }, end: { line: 16, character: 0 } }, text: 'RUN apt-get install curl\n' }],
  });
  let text = TEXT.replace('CMD [', 'RUN apt-get install curl\nCMD [');
  const second = await diagnostics(2);
  check('didChange: a finding on the new line', second.diagnostics.some((d) => d.range.start.line === 16), second.diagnostics);
  check('didChange: DF1001 still where it was', second.diagnostics.some((d) => d.code === 'DF1001' && sameRange(d.range, 15, 5, 15, 13)), second.diagnostics);

  // codeAction: the quick fix names the stage and rewrites the reference
  const actions = await connection.sendRequest(proto.CodeActionRequest.type, {
    textDocument: { uri }, range: df1001.range, context: { diagnostics: [df1001] },
  });
  const fix = actions.find((a) => a.kind === 'quickfix' && a.title.startsWith('DF1001'));
  check('codeAction: a DF1001 quick fix', fix !== undefined, actions.map((a) => a.title));
  check('codeAction: an "ignore here" action', actions.some((a) => a.title === 'Ignore DF1001 for this instruction'), actions.map((a) => a.title));
  check('codeAction: fix all', actions.some((a) => a.kind === 'source.fixAll.dflint'), actions.map((a) => a.kind));
  const fixed = fix ? apply(text, editsOf(fix.edit, uri)) : text;
  check('codeAction: the fix names the stage', fixed.includes('FROM golang:1.23 AS golang\n') && fixed.includes('COPY --from=golang /bin/hello'), fixed);

  // hover on the reference: the stage, and the rule's document
  const hover = await connection.sendRequest(proto.HoverRequest.type, { textDocument: { uri }, position: { line: 15, character: 12 } });
  const shown = hover && hover.contents && hover.contents.value;
  check('hover: the stage it names', typeof shown === 'string' && shown.includes('stage 0') && shown.includes('golang:1.23'), hover);
  check('hover: the rule', typeof shown === 'string' && shown.includes('DF1001') && shown.includes('numeric-stage-reference'), hover);

  // apply the fix, as the editor would, and the finding goes
  text = fixed;
  await connection.sendNotification(proto.DidChangeTextDocumentNotification.type,
    { textDocument: { uri, version: 3 }, contentChanges: [{ text }] });
  const third = await diagnostics(3);
  check('didChange: the fixed text has no DF1001', !third.diagnostics.some((d) => d.code === 'DF1001'), third.diagnostics);

  // definition: from --from=golang to the FROM ... AS golang line
  const column = text.split('\n')[15].indexOf('golang') + 2;
  const def = await connection.sendRequest(proto.DefinitionRequest.type, { textDocument: { uri }, position: { line: 15, character: column } });
  const loc = Array.isArray(def) ? def[0] : def;
  check('definition: lands on the FROM line', loc && loc.uri === uri && sameRange(loc.range, 1, 20, 1, 26), def);

  await connection.sendRequest(proto.ShutdownRequest.type);
  await connection.sendNotification(proto.ExitNotification.type);
  const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 20000))]);
  check('exit: the server ends with code 0', code === 0, code);
  connection.dispose();

  console.log(passed + ' passed, ' + failed + ' failed');
  process.exit(failed === 0 ? 0 : 1);
}

const guard = setTimeout(() => {
  console.log('not ok - the session took over 120 s');
  console.log(passed + ' passed, ' + (failed + 1) + ' failed');
  process.exit(1);
}, 120000);
guard.unref();

main().catch((e) => {
  console.log('not ok - ' + (e && e.stack ? e.stack : e));
  console.log(passed + ' passed, ' + (failed + 1) + ' failed');
  process.exit(1);
});
