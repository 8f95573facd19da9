import { expect, fixture, html } from '@open-wc/testing';
import { examples } from '../examples/screener.js';

describe('accessibility (axe-core, WCAG 2.x A and AA) in every named example', () => {
  for (const example of examples) {
    it(example.name, async () => {
      const el = await example.render();
      await expect(el).to.be.accessible();
    });
  }

  it('axe does find a violation inside a shadow root (so the checks above can fail)', async () => {
    const el = await fixture<HTMLDivElement>(html`<div></div>`);
    el.attachShadow({ mode: 'open' }).innerHTML = '<fieldset><input type="radio" name="x"></fieldset>';
    await expect(el).not.to.be.accessible();
  });
});

describe('touch targets and reflow', () => {
  it('every answer and button is at least 24 by 24 CSS pixels', async () => {
    const el = await examples.find((e) => e.name === 'pcl-5 page: questions')!.render();
    const targets = [...el.shadowRoot!.querySelectorAll<HTMLElement>('label.option, button')];
    expect(targets.length).to.be.greaterThan(20);
    for (const t of targets) {
      const box = t.getBoundingClientRect();
      expect(box.width, t.textContent).to.be.at.least(24);
      expect(box.height, t.textContent).to.be.at.least(24);
    }
  });

  it('fits 320 CSS pixels (400% zoom) without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><attune-screener instrument="pcl-5" results="full"></attune-screener></div>`);
    const el = wrapper.querySelector('attune-screener')!;
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="start-button"]')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      expect(node.getBoundingClientRect().right, node.outerHTML.slice(0, 80)).to.be.at.most(wrapper.getBoundingClientRect().right + 0.5);
    }
  });
});
