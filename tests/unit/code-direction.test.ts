import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Where code runs is visible from the tree, and imports run one way (docs/architecture.md):
 * src/config and src/schemas at the bottom, src/lib (pure: no Node, no DOM) on them, then src/build and
 * src/integrations (Node), src/client (browser), pages and components. A file that breaks the direction
 * fails here with its name and the import.
 */
const root = resolve(import.meta.dirname, '../..');
const codeFile = /\.(ts|mts|mjs|astro)$/;
const files = (dir: string): string[] =>
  readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => codeFile.test(f))
    .map((f) => join(dir, f).split('\\').join('/'));

/** The code of a file (an .astro file's frontmatter and scripts are enough for imports). */
function code(file: string): string {
  const text = readFileSync(join(root, file), 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, code(file), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

/** Every module specifier a file imports (static, dynamic and re-exports). */
function importsOf(file: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier))
      found.push(node.moduleSpecifier.text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0]))
      found.push(node.arguments[0].text);
    ts.forEachChild(node, visit);
  };
  visit(parse(file));
  return found;
}

/** The repository folder (`src/lib`, `tests`, …) an import of `file` lands in, or undefined for a package. */
function targetOf(file: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return relative(root, resolve(root, dirname(file), specifier))
    .split('\\')
    .join('/');
}

const browserGlobals = new Set(['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'customElements', 'location', 'HTMLElement', 'caches']);
const nodeBuiltin = /^node:|^(fs|path|url|os|child_process|module|crypto|process)(\/|$)/;

/** Browser globals a file uses as values (not property names, not its own declarations). */
function browserGlobalsIn(file: string): string[] {
  const found = new Set<string>();
  const declared = new Set<string>();
  const declare = (node: ts.Node) => {
    if (
      (ts.isVariableDeclaration(node) || ts.isParameter(node) || ts.isFunctionDeclaration(node) || ts.isBindingElement(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      declared.add(node.name.text);
    ts.forEachChild(node, declare);
  };
  const source = parse(file);
  declare(source);
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && browserGlobals.has(node.text) && !declared.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        ((ts.isPropertySignature(parent) ||
          ts.isPropertyDeclaration(parent) ||
          ts.isMethodDeclaration(parent) ||
          ts.isParameter(parent) ||
          ts.isVariableDeclaration(parent) ||
          ts.isBindingElement(parent)) &&
          parent.name === node) ||
        ts.isTypeReferenceNode(parent) ||
        ts.isQualifiedName(parent);
      if (!isName) found.add(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...found];
}

const under = (folder: string) => (path: string | undefined) => path !== undefined && (path === folder || path.startsWith(folder + '/'));

/** Folders a module in each layer may not import from. */
const forbidden: Record<string, string[]> = {
  'src/config': ['src/lib', 'src/schemas', 'src/build', 'src/integrations', 'src/client', 'src/pages', 'src/components', 'src/layouts', 'scripts', 'tests'],
  'src/schemas': ['src/lib', 'src/build', 'src/integrations', 'src/client', 'src/pages', 'src/components', 'src/layouts', 'scripts', 'tests'],
  'src/lib': ['src/build', 'src/integrations', 'src/client', 'src/pages', 'src/components', 'src/layouts', 'scripts', 'tests'],
  'src/build': ['src/integrations', 'src/client', 'src/pages', 'src/components', 'src/layouts', 'scripts', 'tests'],
  'src/client': ['src/build', 'src/integrations', 'src/pages', 'src/components', 'src/layouts', 'scripts', 'tests'],
  'src/components': ['src/pages', 'src/integrations', 'scripts', 'tests'],
  'src/layouts': ['src/pages', 'src/integrations', 'scripts', 'tests'],
  'src/pages': ['src/integrations', 'scripts', 'tests'],
  'src/integrations': ['src/pages', 'src/components', 'src/layouts', 'src/client', 'scripts', 'tests'],
  scripts: ['tests'],
};

describe('the tree says where code runs', () => {
  for (const [layer, banned] of Object.entries(forbidden)) {
    it(`${layer} imports nothing from ${banned.join(', ')}`, () => {
      const wrong = files(layer).flatMap((file) =>
        importsOf(file)
          .filter((spec) => banned.some((folder) => under(folder)(targetOf(file, spec))))
          .map((spec) => `${file}: ${spec}`),
      );
      expect(wrong).toEqual([]);
    });
  }

  it('src/lib, src/config, src/schemas and src/client import no Node built-in', () => {
    const wrong = ['src/lib', 'src/config', 'src/schemas', 'src/client'].flatMap((layer) =>
      files(layer).flatMap((file) =>
        importsOf(file)
          .filter((spec) => nodeBuiltin.test(spec))
          .map((spec) => `${file}: ${spec}`),
      ),
    );
    expect(wrong).toEqual([]);
  });

  it('src/lib, src/config and src/schemas use no browser global', () => {
    const wrong = ['src/lib', 'src/config', 'src/schemas'].flatMap((layer) =>
      files(layer).flatMap((file) => browserGlobalsIn(file).map((g) => `${file}: ${g}`)),
    );
    expect(wrong).toEqual([]);
  });

  it('the checker sees a browser global and an upward import when they are there', () => {
    // The rules above must be able to fail: a tiny module in memory breaks both.
    const sample = ts.createSourceFile(
      'x.ts',
      "import { a } from '../build/x.ts';\nconst d = document.title; const o = { document: 1 }; o.document;",
      ts.ScriptTarget.Latest,
      true,
    );
    const ids: string[] = [];
    const visit = (n: ts.Node) => {
      if (
        ts.isIdentifier(n) &&
        n.text === 'document' &&
        !(ts.isPropertyAccessExpression(n.parent) && n.parent.name === n) &&
        !(ts.isPropertyAssignment(n.parent) && n.parent.name === n)
      )
        ids.push(n.text);
      ts.forEachChild(n, visit);
    };
    visit(sample);
    expect(ids).toEqual(['document']);
    expect(under('src/build')(targetOf('src/lib/x.ts', '../build/x.ts'))).toBe(true);
  });
});
