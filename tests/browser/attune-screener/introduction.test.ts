// The introduction: what the questionnaire is, its time frame and length, the experience, the attribution.
import { expect, html } from '@open-wc/testing';
import pcl5Reference from '../../reference/pcl5.json' with { type: 'json' };
import { click, legends, mount, part, text, type Screener, has } from '../helpers.js';

const started = async (el: Screener) => {
  await click(el, part(el, 'start-button'));
  return el;
};

describe('<attune-screener> introduction', () => {
  it('says what the questionnaire is, its time frame, its length, and that the client may stop', async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5"></attune-screener>`);
    const intro = part(el, 'intro')!.textContent.replace(/\s+/g, ' ');
    expect(intro).to.contain('PTSD Checklist for DSM-5 (PCL-5)');
    expect(intro).to.contain('The questions ask about the past month.');
    expect(intro).to.contain('There are 20 questions. It usually takes about 10 minutes.');
    expect(intro).to.contain('you can stop at any point');
    expect(has(el, 'experience')).to.equal(false);
  });

  it("names the practice's experience without changing any question", async () => {
    const el = await mount(html`<attune-screener instrument="pcl-5" experience="discovering your partner's betrayal"></attune-screener>`);
    expect(part(el, 'experience')!.textContent).to.contain("discovering your partner's betrayal");
    await started(el);
    expect(legends(el)).to.deep.equal(pcl5Reference.items.map((i) => `${i.n}. ${i.text}`));
    expect(text(el)).not.to.contain('betrayal');
  });

  it('shows the attribution the licence asks for', async () => {
    const el = await mount(html`<attune-screener instrument="pc-ptsd-5"></attune-screener>`);
    expect(part(el, 'attribution')!.textContent).to.contain('Prins et al. (2016)');
  });
});
