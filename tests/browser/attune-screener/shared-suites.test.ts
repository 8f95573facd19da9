// The shared suites (tests/browser/suites/), run on <attune-screener>: every mixin and controller of
// src/elements/internal/ that it uses, tested exactly as on the other elements that use them.
import { announcerSuite } from '../suites/announcer.js';
import { clientOptionsSuite } from '../suites/client-options.js';
import { colorSchemeSuite } from '../suites/color-scheme.js';
import { errorsSuite } from '../suites/errors.js';
import { formAssociationSuite } from '../suites/form-associated.js';
import { quickExitSuite } from '../suites/quick-exit.js';
import { screenerSubject } from '../suites/subjects.js';
import { submissionSuite } from '../suites/submission.js';

afterEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

formAssociationSuite(screenerSubject);
colorSchemeSuite(screenerSubject);
submissionSuite(screenerSubject);
quickExitSuite(screenerSubject);
clientOptionsSuite(screenerSubject);
errorsSuite(screenerSubject);
announcerSuite(screenerSubject);
