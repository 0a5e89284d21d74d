// Starts `gasket lsp` for GAS files; everything else is the language server's work.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

exports.activate = function activate() {
  const command = vscode.workspace.getConfiguration('gasket').get('command');
  client = new LanguageClient(
    'gasket',
    'Gasket GAS x86',
    { command, args: ['lsp'] },
    { documentSelector: [{ scheme: 'file', language: 'gas-x86' }] }
  );
  return client.start();
};

exports.deactivate = function deactivate() {
  return client ? client.stop() : undefined;
};
