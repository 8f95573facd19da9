// Injected into every bench page before its own scripts: a library-agnostic way to see when something
// is on screen. It watches the document and every shadow root as it is attached (so light-DOM and
// shadow-DOM renderers are timed alike), and resolves when a test first holds after a DOM change,
// then again after the next frame has been painted (requestAnimationFrame, then a message: the
// message task runs after that frame's paint).
export function probe(ready) {
  // shadow roots are held weakly: the probe must not keep a removed element alive (the memory run
  // mounts and removes a thousand)
  const refs = [];
  const live = () => [document, ...refs.map((r) => r.deref()).filter(Boolean)];
  const watchers = new Set();
  const options = { childList: true, subtree: true, characterData: true };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    refs.push(new WeakRef(root));
    if (refs.length > 200) refs.splice(0, refs.length, ...refs.filter((r) => r.deref()));
    for (const w of watchers) w.observe(root, options);
    return root;
  };
  const radios = () => live().reduce((n, r) => n + r.querySelectorAll('input[type=radio]').length, 0);
  const text = () =>
    live()
      .map((r) => (r === document ? (document.body?.textContent ?? '') : r.textContent))
      .join('\n');
  const part = (name) => live().some((r) => r.querySelector(`[part~="${name}"]`));
  const holds = (t) => (t.radios ? radios() >= t.radios : t.text ? text().includes(t.text) : t.part ? part(t.part) : false);
  const afterPaint = (resolve, readyAt) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve({ readyAt, paintAt: performance.now() });
      ch.port2.postMessage(0);
    });
  const when = (t) =>
    new Promise((resolve) => {
      if (holds(t)) return afterPaint(resolve, performance.now());
      const w = new MutationObserver(() => {
        if (!holds(t)) return;
        w.disconnect();
        watchers.delete(w);
        afterPaint(resolve, performance.now());
      });
      watchers.add(w);
      for (const r of live()) w.observe(r, options);
    });
  // the next click's event time, and the next paint after it (and after `then`, if given, holds)
  const nextClick = (then) =>
    new Promise((resolve) => {
      addEventListener(
        'click',
        (e) => {
          const clickAt = e.timeStamp;
          (then ? when(then) : new Promise((r) => afterPaint(r, performance.now()))).then((t) => resolve({ clickAt, ...t }));
        },
        { capture: true, once: true },
      );
    });
  window.__bench = { radios, text, when, nextClick, loaded: ready ? when(ready) : undefined };
}
