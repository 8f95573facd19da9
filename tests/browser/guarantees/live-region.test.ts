// The page's one live region, as the elements use it within one task: messages are joined and said
// once; a clear drops what came before it, never what comes after.
import { expect, fixture, html } from '@open-wc/testing';
import { announce, clearAnnouncements } from '../../../src/elements/internal/announcer.js';
import { announcement } from '../helpers.js';
import '../../../src/define.js';

const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('the page live region', () => {
  beforeEach(async () => {
    // an element on the page keeps the region
    await fixture(html`<attune-screener instrument="pcl-5"></attune-screener>`);
  });

  it('joins what one task says, each message once', async () => {
    announce('Questionnaire 2 of 3');
    announce('Question 1 of 9');
    announce('Questionnaire 2 of 3');
    await settled();
    expect(announcement()).to.equal('Questionnaire 2 of 3 Question 1 of 9');
  });

  it('a clear then a message in the same task: the message is said', async () => {
    announce('Question 20 of 20');
    clearAnnouncements();
    announce('Questionnaire 2 of 2');
    await settled();
    expect(announcement()).to.equal('Questionnaire 2 of 2');
  });

  it('a message then a clear in the same task: nothing is said', async () => {
    announce('Support information is shown below this question.');
    clearAnnouncements();
    await settled();
    expect(announcement()).to.equal('');
  });
});
