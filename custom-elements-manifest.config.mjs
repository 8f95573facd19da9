// custom-elements.json is generated from the elements' JSDoc (`npm run analyze`, part of `npm run build`).
// It ships in the package and feeds the editor data (tools/build/editor-data.mjs) and the token and part tests.

/**
 * Events come from `@fires`. The analyzer also reports `dispatchEvent(new CustomEvent(type, …))` in a
 * generic helper as an event literally named "type"; only the library's own `attune-*` names are events.
 */
const onlyAttuneEvents = {
  name: 'attune-only-attune-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const declaration of elements(customElementsManifest)) {
      if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('attune-'));
    }
  },
};

/**
 * A property typed with an alias (`mode: Mode`) reaches the manifest as the bare name "Mode", which
 * tells an editor nothing. Aliases that are unions of string literals are written out
 * (`'page' | 'paged'`), so editors can offer the values and a developer sees them on hover.
 */
function expandStringUnions() {
  const aliases = new Map();
  return {
    name: 'attune-expand-string-unions',
    analyzePhase({ ts, node }) {
      if (!ts.isTypeAliasDeclaration(node) || !ts.isUnionTypeNode(node.type)) return;
      const members = node.type.types;
      if (!members.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) return;
      aliases.set(node.name.text, members.map((t) => `'${t.literal.text}'`).join(' | '));
    },
    packageLinkPhase({ customElementsManifest }) {
      const expand = (type) => {
        if (!type?.text) return;
        const parts = type.text.split('|').map((s) => s.trim());
        if (!parts.some((p) => aliases.has(p))) return;
        type.text = parts.map((p) => aliases.get(p) ?? p).join(' | ');
      };
      for (const declaration of elements(customElementsManifest)) {
        for (const attribute of declaration.attributes ?? []) expand(attribute.type);
        for (const member of declaration.members ?? []) expand(member.type);
      }
    },
  };
}

function* elements(manifest) {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.customElement) yield declaration;
  }
}

export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
  // never rewrite package.json (its "customElements" field is set by hand, and others edit that file)
  packagejson: false,
  plugins: [onlyAttuneEvents, expandStringUnions()],
};
