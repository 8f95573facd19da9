/**
 * Impact of Event Scale - Revised (IES-R): structure and scoring only.
 * Subscale membership and sums from ../shared/instruments/ies-r.json (CamCOPS).
 *
 * The author declined permission to redistribute the wording (CamCOPS, 2015), so no item, label,
 * instruction or time frame of the form ships here. A practice that holds permission supplies them as a
 * text pack (src/model/text-pack.ts), validated against this structure; without one the widget says
 * what is needed instead of rendering. Scoring needs no wording, so `score('ies-r', answers)` works in
 * Node as it is. Subscales are sums as CamCOPS reports them (avoidance 0-32, intrusion 0-28,
 * hyperarousal 0-28, total 0-88); the subscale means some users quote are the sum divided by the
 * number of items. Neither was checked against Weiss (2007), and no cutoff or band is published in the
 * sources read, so none is given.
 */
import type { InstrumentDefinition, ResponseOption } from '../model/instrument.js';

// 0-4, higher worse; the labels are part of the restricted wording
const RATING: ResponseOption[] = [{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }, { value: 4 }];

const ids = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
const list = (...numbers: number[]) => numbers.map(String);

export const iesR: InstrumentDefinition = {
  id: 'ies-r',
  version: '1.0.0',
  title: 'Impact of Event Scale - Revised (IES-R)',
  shortTitle: 'IES-R',
  edition: 'IES-R (Weiss & Marmar, 1997), 22 items rated 0-4: structure and scoring only; the wording comes from a text pack supplied by a practice that holds permission',
  description: 'These questions are about difficulties people sometimes have after a stressful life event.',
  minutes: 5,
  citation:
    'Weiss, D.S., & Marmar, C.R. (1997). The Impact of Event Scale-Revised. In J.P. Wilson & T.M. Keane (Eds.), Assessing psychological trauma and PTSD (pp. 399-411). New York: Guilford. Weiss, D.S. (2007) in 2nd ed., pp. 168-189 [includes scale].',
  licence: {
    status: 'restricted',
    note: 'CamCOPS: "Copyright chain unclear ... Permission sought from Daniel S. Weiss, who declined 2015-07-28." The wording is not redistributed with this library; a practice that holds permission supplies it in a text pack.',
  },
  sources: [
    'ucam-department-of-psychiatry/camcops@56a303e1:server/camcops_server/tasks/iesr.py (subscale item lists, sums)',
    'ucam-department-of-psychiatry/camcops@56a303e1:docs/source/tasks/iesr.rst (licence)',
  ],
  items: ids(1, 22).map((id) => ({ id, options: RATING })),
  scales: [
    { id: 'total', label: 'Total (items 1-22)', method: 'sum', items: ids(1, 22) },
    { id: 'avoidance', label: 'Avoidance', method: 'sum', items: list(5, 7, 8, 11, 12, 13, 17, 22) },
    { id: 'intrusion', label: 'Intrusion', method: 'sum', items: list(1, 2, 3, 6, 9, 16, 20) },
    { id: 'hyperarousal', label: 'Hyperarousal', method: 'sum', items: list(4, 10, 14, 15, 18, 19, 21) },
  ],
};
