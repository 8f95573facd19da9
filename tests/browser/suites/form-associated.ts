// Form association (src/elements/internal/form-associated.ts), run on every element that has it: inside
// a practice's own <form>, its value is the completion as JSON, it is invalid until finished when
// required, reset clears it, and disabled disables it.
import { expect, fixture, html } from '@open-wc/testing';
import type { FormAssociatedElement } from '../../../src/elements/internal/form-associated.js';
import { choose } from '../helpers.js';
import { type ClientSubject, type Host, nothingAnswered } from './subjects.js';

type FormHost = Host & Pick<FormAssociatedElement, 'form' | 'validity' | 'validationMessage' | 'disabled'>;

export function formAssociationSuite(subject: ClientSubject) {
  const startButton = (el: Host) => subject.firstScreen(el).querySelector<HTMLButtonElement>('[part~="start-button"]');

  async function intakeForm(attributes: Record<string, string> = { name: 'ptsd-screen', required: '' }) {
    const el = subject.create(attributes) as FormHost;
    const form = await fixture<HTMLFormElement>(html`<form><label>Your name <input name="client-name" value="Sam" /></label>${el}<button>Send</button></form>`);
    await el.ready;
    return { form, el };
  }

  describe(`<${subject.tag}> in a form (form association)`, () => {
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
      const detail = await subject.complete(el, 'positive');
      expect(el.validity.valid).to.equal(true);
      let data: FormData | undefined;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        data = new FormData(form);
      });
      form.requestSubmit();
      expect(data!.get('client-name')).to.equal('Sam');
      const value = JSON.parse(data!.get('ptsd-screen') as string);
      expect(subject.resultsIn(value)).to.deep.equal(subject.resultsOf(detail));
      expect(subject.resultsIn(value)[0]!.rules.positive).to.equal(true);
      subject.checkCompletion(value, detail);
    });

    it('form reset clears the value and starts the questionnaire again', async () => {
      const { form, el } = await intakeForm();
      await subject.complete(el);
      expect(new FormData(form).has('ptsd-screen')).to.equal(true);
      form.reset();
      await subject.settle(el);
      expect(new FormData(form).has('ptsd-screen')).to.equal(false);
      expect(el.validity.valueMissing).to.equal(true);
      expect(startButton(el)).not.to.equal(null);
      expect(subject.answered(el)).to.deep.equal(nothingAnswered(subject));
      // and it can be completed again
      await subject.complete(el);
      expect(el.validity.valid).to.equal(true);
    });

    it('without required it is valid while unfinished, and contributes nothing', async () => {
      const { form, el } = await intakeForm({ name: 'ptsd-screen' });
      expect(el.validity.valid).to.equal(true);
      expect(form.checkValidity()).to.equal(true);
      expect(new FormData(form).has('ptsd-screen')).to.equal(false);
    });

    it('disabled (its own attribute, or a disabled fieldset around it) disables every control and leaves it out of the form', async () => {
      const el = subject.create({ name: 's' }) as FormHost;
      const form = await fixture<HTMLFormElement>(html`<form><fieldset>${el}</fieldset></form>`);
      await el.ready;
      await subject.complete(el);
      expect(new FormData(form).has('s')).to.equal(true);
      const fieldset = form.querySelector('fieldset')!;
      fieldset.disabled = true;
      await subject.settle(el);
      expect(el.matches(':disabled')).to.equal(true);
      expect(new FormData(form).has('s')).to.equal(false);
      fieldset.disabled = false;
      await subject.settle(el);
      form.reset();
      await subject.settle(el);

      el.disabled = true;
      await subject.settle(el);
      const start = startButton(el)!;
      expect(start.matches(':disabled')).to.equal(true);
      start.click();
      await subject.settle(el);
      expect(startButton(el)).not.to.equal(null); // nothing happened
      el.disabled = false;
      await subject.settle(el);
      expect(startButton(el)!.matches(':disabled')).to.equal(false);
    });

    it('disabled questions cannot be answered', async () => {
      const { el } = await intakeForm();
      await subject.start(el);
      el.disabled = true;
      await subject.settle(el);
      const radios = [...subject.current(el)!.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.length).to.be.greaterThan(0);
      expect(radios.every((r) => r.matches(':disabled'))).to.equal(true);
    });

    it('disabling and enabling again mid-questionnaire keeps every answer given, on screen', async () => {
      const { el } = await intakeForm();
      const screen = await subject.start(el);
      await choose(screen, 'exposure', 1);
      el.disabled = true;
      await subject.settle(el);
      el.disabled = false;
      await subject.settle(el);
      const now = subject.current(el)!;
      expect(now.answers).to.deep.equal({ exposure: 1 });
      expect(now.shadowRoot!.querySelector<HTMLInputElement>('#question-exposure input[value="1"]')!.checked).to.equal(true);
    });
  });
}
