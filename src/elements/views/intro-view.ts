import { html, nothing } from 'lit';
import type { InstrumentDefinition } from '../../model/instrument.js';
import type { Messages } from '../../i18n/messages.js';

export interface IntroViewProps {
  definition: InstrumentDefinition;
  questions: number;
  experience: string | undefined;
  messages: Messages;
  onStart(): void;
}

/** What the questionnaire is, the period it asks about, how long it takes, and that the client may stop. */
export function introView({ definition, questions, experience, messages, onStart }: IntroViewProps) {
  return html`
    <section part="intro" aria-labelledby="title">
      <h2 id="title" tabindex="-1">${definition.title}</h2>
      <p>${definition.description}</p>
      ${experience ? html`<p part="experience">${messages.introExperience(experience)}</p>` : nothing}
      <p>${definition.timeframe ? `${messages.introTimeframe(definition.timeframe)} ` : ''}${messages.introLength(questions, definition.minutes, Boolean(definition.gates?.length))}</p>
      <p>${messages.introStop}</p>
      <div class="actions">
        <button type="button" class="primary" part="button button-primary start-button" @click=${onStart}>${messages.start}</button>
      </div>
    </section>
  `;
}
