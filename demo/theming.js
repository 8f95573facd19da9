// The theming page: the controls edit one practice's --attune-* tokens live. Changes go into a
// constructable stylesheet adopted by the document (no inline style attribute anywhere, so the page
// also runs under the strict CSP of `npm run start:csp`); the colour scheme is the element's own
// `color-scheme` attribute. The practices' brands themselves are plain CSS in theming.css.
(() => {
  // the library's documented defaults (docs/theming.md, "Tokens"), shown where a practice sets nothing
  const DEFAULTS = {
    light: {
      '--attune-color-accent': '#2f5d8a',
      '--attune-color-on-accent': '#ffffff',
      '--attune-color-text': '#1f2933',
      '--attune-color-text-muted': '#4a5563',
      '--attune-color-surface': '#ffffff',
      '--attune-color-surface-subtle': '#f4f6f8',
      '--attune-color-border': '#7b8794',
      '--attune-color-focus': '#1a4d80',
    },
    dark: {
      '--attune-color-accent': '#8dbdeb',
      '--attune-color-on-accent': '#0e1621',
      '--attune-color-text': '#e4e9ee',
      '--attune-color-text-muted': '#b3beca',
      '--attune-color-surface': '#161b22',
      '--attune-color-surface-subtle': '#212a34',
      '--attune-color-border': '#8593a3',
      '--attune-color-focus': '#b7d7f7',
    },
    any: { '--attune-radius': '0.5rem', '--attune-space': '1rem', '--attune-font-size': '1rem', '--attune-font-family': 'inherit', '--attune-heading-font-family': 'inherit' },
  };
  const form = document.getElementById('controls');
  const out = document.getElementById('css');
  const live = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, live];
  /** practice → { token: value } changed here */
  const overrides = { harbour: {}, willow: {}, northlight: {} };

  const practice = () => form.elements.practice.value;
  const screener = (name) => document.querySelector(`.practice.${name} attune-screener`);
  const scheme = (el) =>
    el.getAttribute('color-scheme') === 'dark' || (el.getAttribute('color-scheme') !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches) ? 'dark' : 'light';

  /** The value a token has for a practice now: its own (live or stylesheet), else the library default. */
  function valueOf(name, token) {
    const el = screener(name);
    let own = overrides[name][token] ?? getComputedStyle(el).getPropertyValue(token).trim();
    // a brand colour given as light-dark(light, dark): the one the screener shows now
    const pair = /^light-dark\(\s*([^,]+?)\s*,\s*([^)]+?)\s*\)$/.exec(own);
    if (pair) own = scheme(el) === 'dark' ? pair[2] : pair[1];
    return own || DEFAULTS[scheme(el)][token] || DEFAULTS.any[token];
  }

  function render() {
    live.replaceSync(
      Object.entries(overrides)
        .map(
          ([name, tokens]) =>
            `.practice.${name} attune-screener { ${Object.entries(tokens)
              .map(([t, v]) => `${t}: ${v};`)
              .join(' ')} }`,
        )
        .join('\n'),
    );
    const name = practice();
    const el = screener(name);
    // as the practice would write it: light-dark() pairs kept, library defaults filled in
    const written = (token) => overrides[name][token] ?? (getComputedStyle(el).getPropertyValue(token).trim() || valueOf(name, token));
    const tokens = [...form.querySelectorAll('[data-token]')].map((input) => `  ${input.dataset.token}: ${written(input.dataset.token)};`);
    const attr = el.getAttribute('color-scheme');
    out.textContent = `/* ${document.getElementById(`${name}-name`).textContent} */\nattune-screener {\n${tokens.join('\n')}\n}${attr ? `\n/* and in the HTML: <attune-screener color-scheme="${attr}"> */` : ''}`;
  }

  /** Puts the selected practice's current values into the controls. */
  function load() {
    const name = practice();
    for (const input of form.querySelectorAll('[data-token]')) {
      const value = valueOf(name, input.dataset.token);
      input.value = input.dataset.unit ? String(parseFloat(value)) : value;
    }
    form.querySelector('[data-attribute="color-scheme"]').value = screener(name).getAttribute('color-scheme') ?? 'auto';
    render();
  }

  form.addEventListener('input', (event) => {
    const input = event.target;
    if (input.name === 'practice') return load();
    const name = practice();
    if (input.dataset.token) overrides[name][input.dataset.token] = input.value + (input.dataset.unit ?? '');
    if (input.dataset.attribute) {
      screener(name).setAttribute('color-scheme', input.value);
      load();
    }
    render();
  });
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    overrides[practice()] = {};
    render();
    load();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  load();
})();
