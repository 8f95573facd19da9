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

/**
 * The elements declare their reactive properties in `static properties` (no decorators, so the script
 * tag carries no decorator code). The analyzer reads that object, but takes each `{ state: true }`
 * (internal state, never an attribute) for an attribute, marks each property `public`, and lists the
 * object itself as a member. The manifest says what the decorators said: no attribute for internal
 * state, no `privacy` for a public member, no `properties` member, and nothing for an `@internal`
 * property (which the object names, bare).
 */
const staticProperties = {
  name: 'attune-static-properties',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules ?? [])
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        const internal = new Set(declaration.members.filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
        for (const member of declaration.members) {
          if (internal.has(member.name)) delete member.attribute;
          if (member.privacy === 'public') delete member.privacy;
        }
        declaration.members = declaration.members.filter((m) => !(m.static && m.name === 'properties') && !(m.kind === 'field' && Object.keys(m).length === 2));
        if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
      }
  },
};

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
  plugins: [onlyAttuneEvents, expandStringUnions(), staticProperties],
};
