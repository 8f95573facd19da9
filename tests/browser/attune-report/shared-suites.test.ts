// The shared suites (tests/browser/suites/), run on <attune-report>: the mixins and controllers of
// src/elements/internal/ it uses (colour scheme, error reporting, the page-wide announcer), tested
// exactly as on the screener and the battery.
import { announcerSuite } from '../suites/announcer.js';
import { colorSchemeSuite } from '../suites/color-scheme.js';
import { errorsSuite } from '../suites/errors.js';
import { reportSubject } from '../suites/subjects.js';

colorSchemeSuite(reportSubject);
errorsSuite(reportSubject);
announcerSuite(reportSubject);
