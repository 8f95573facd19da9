// <attune-screener name> inside a practice's own <form>: its value is the completion as JSON, it is
// invalid until finished when required, reset clears it, and disabled disables it.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { choose, click, part, type Screener } from '../helpers.js';

async function intakeForm(screener = html`<attune-screener instrument="pc-ptsd-5" name="ptsd-screen" required></attune-screener>`) {
  const form = await fixture<HTMLFormElement>(html`<form><label>Your name <input name="client-name" value="Sam"></label>${screener}<button>Send</button></form>`);
  const el = form.querySelector('attune-screener') as Screener;
  await el.ready;
  return { form, el };
}

/** Waits until no update is pending (the platform's disabled callback comes during an update and asks for another). */
const settle = async (el: Screener) => {
  do await new Promise((r) => setTimeout(r));
  while (!(await el.updateComplete));
};

async function finish(el: Screener, exposure: number) {
  await click(el, part(el, 'start-button'));
  await choose(el, 'exposure', exposure);
  if (exposure === 1) for (const id of ['1', '2', '3', '4', '5']) await choose(el, id, id === '5' ? 0 : 1);
  const done = oneEvent(el, 'attune-complete');
  part(el, 'finish-button')!.click();
  return (await done).detail;
}

describe('<attune-screener> in a form', () => {
  it('is invalid until finished, with a calm message, and the form does not submit', async () => {
    const { form, el } = await intakeForm();
    let submitted = 0;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted++;
    });
    expect(el.form).to.equal(form);
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Please finish this questionnaire before you send the form.');
    expect(form.checkValidity()).to.equal(false);
    form.requestSubmit();
    expect(submitted).to.equal(0);
    expect(new FormData(form).has('ptsd-screen')).to.equal(false);
  });

  it('once finished, the form submits the completion as JSON under its name', async () => {
    const { form, el } = await intakeForm();
    const detail = await finish(el, 1);
    expect(el.validity.valid).to.equal(true);
    let data: FormData | undefined;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      data = new FormData(form);
    });
    form.requestSubmit();
    expect(data!.get('client-name')).to.equal('Sam');
    const value = JSON.parse(data!.get('ptsd-screen') as string);
    expect(value.instrument).to.deep.equal({ id: 'pc-ptsd-5', version: '1.0.0' });
    expect(value.result).to.deep.equal(detail.result);
    expect(value.result.rules.positive).to.equal(true);
    expect(value.answers).to.deep.equal(detail.answers);
    expect(Number.isNaN(Date.parse(value.completedAt))).to.equal(false);
  });

  it('form reset clears the value and starts the questionnaire again', async () => {
    const { form, el } = await intakeForm();
    await finish(el, 0);
    expect(new FormData(form).has('ptsd-screen')).to.equal(true);
    form.reset();
    await el.updateComplete;
    expect(new FormData(form).has('ptsd-screen')).to.equal(false);
    expect(el.validity.valueMissing).to.equal(true);
    expect(part(el, 'start-button')).not.to.equal(null);
    expect(el.answers).to.deep.equal({});
    // and it can be completed again
    await finish(el, 0);
    expect(el.validity.valid).to.equal(true);
  });

  it('without required it is valid while unfinished, and contributes nothing', async () => {
    const { form, el } = await intakeForm(html`<attune-screener instrument="pc-ptsd-5" name="ptsd-screen"></attune-screener>`);
    expect(el.validity.valid).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).has('ptsd-screen')).to.equal(false);
  });

  it('disabled (its own attribute, or a disabled fieldset around it) disables every control and leaves it out of the form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset><attune-screener instrument="pc-ptsd-5" name="s"></attune-screener></fieldset></form>`);
    const el = form.querySelector('attune-screener') as Screener;
    await el.ready;
    await finish(el, 0);
    expect(new FormData(form).has('s')).to.equal(true);
    const fieldset = form.querySelector('fieldset')!;
    fieldset.disabled = true;
    await settle(el);
    expect(el.matches(':disabled')).to.equal(true);
    expect(new FormData(form).has('s')).to.equal(false);
    fieldset.disabled = false;
    await settle(el);
    form.reset();
    await settle(el);

    el.disabled = true;
    await settle(el);
    const start = part<HTMLButtonElement>(el, 'start-button')!;
    expect(start.matches(':disabled')).to.equal(true);
    start.click();
    await settle(el);
    expect(part(el, 'start-button')).not.to.equal(null); // nothing happened
    el.disabled = false;
    await settle(el);
    expect(part<HTMLButtonElement>(el, 'start-button')!.matches(':disabled')).to.equal(false);
  });

  it('disabled questions cannot be answered', async () => {
    const { el } = await intakeForm();
    await click(el, part(el, 'start-button'));
    el.disabled = true;
    await settle(el);
    const radios = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.length).to.be.greaterThan(0);
    expect(radios.every((r) => r.matches(':disabled'))).to.equal(true);
  });
});
