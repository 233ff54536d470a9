// dflint for VS Code: starts `dflint lsp` and leaves the rest to the language server
// (diagnostics, quick fixes, fix-all on save, hover, stage navigation, outline, code lenses).
'use strict';

const vscode = require('vscode');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('dflint');
  const command = config.get('path', 'dflint');
  client = new LanguageClient(
    'dflint',
    'dflint',
    { command, args: ['lsp'], transport: TransportKind.stdio },
    {
      documentSelector: [
        { scheme: 'file', language: 'dockerfile' },
        { scheme: 'untitled', language: 'dockerfile' },
      ],
      initializationOptions: { debounceMs: config.get('debounceMs', 50) },
      synchronize: {
        // the server also asks for these itself where the client lets it
        fileEvents: vscode.workspace.createFileSystemWatcher('**/.dflint.{yaml,yml}'),
      },
    },
  );

  // The server's dflint.stages command answers with the JSON of `dflint stages --format json`;
  // this shows it beside the Dockerfile.
  context.subscriptions.push(vscode.commands.registerCommand('dflint.showStages', async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const stages = await client.sendRequest('workspace/executeCommand', {
      command: 'dflint.stages',
      arguments: [editor.document.uri.toString()],
    });
    const doc = await vscode.workspace.openTextDocument({ language: 'json', content: JSON.stringify(stages, null, 2) });
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.Beside);
  }));

  return client.start().catch((e) => {
    vscode.window.showErrorMessage(`dflint: cannot start "${command} lsp" (${e.message}); set dflint.path to the dflint command`);
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
