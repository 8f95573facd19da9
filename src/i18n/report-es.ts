import type { ReportMessages } from './report-messages.js';

const list = (items: string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} y ${items[items.length - 1]}`);

/**
 * Spanish strings of the clinician report (the report's own text; instrument wording, scale and rule
 * labels stay as the definition has them, marked with their language).
 */
export const reportEs: ReportMessages = {
  lang: 'es',
  empty: 'Todavía no hay resultados que mostrar.',
  completedOn: (when) => `Completado el ${when}`,
  completionN: (n) => `Respuesta ${n}`,
  completionsBetween: (count, first, last) => `${count} respuestas, del ${first} al ${last}`,
  definitionLine: (edition, version) => `${edition}. Puntuado con la versión ${version} de la definición.`,
  answeredIn: (language) => `Respondido en ${language}, con esta redacción:`,
  wordingStatus: 'Comprobación de la redacción:',
  complete: 'Completo: cada pregunta que se hizo tiene respuesta.',
  incomplete: (missing) =>
    `Incompleto: sin respuesta ${missing.length === 1 ? 'al ítem' : 'a los ítems'} ${list(missing)}. Las escalas que ${missing.length === 1 ? 'lo' : 'los'} incluyen no se puntúan; no se prorratea nada.`,

  flagsTitle: 'Seguimiento prioritario: ítems de seguridad',
  flagSource: (instrument, item) => `${instrument}, ítem ${item}`,
  flagAnswer: 'Respuesta:',
  flagEarlier: (dates) => `También se marcó el ${list(dates)}.`,
  supportShown: (changedBack) =>
    changedBack
      ? 'a la persona se le mostró el panel de apoyo durante esta respuesta; la respuesta que lo activó se cambió antes de terminar, así que no está entre las respuestas finales.'
      : 'a la persona se le mostró el panel de apoyo durante esta respuesta.',

  scoresTitle: 'Puntuaciones',
  mostRecent: (when) => `Más reciente: ${when}`,
  scaleHeader: 'Escala',
  scoreHeader: 'Puntuación',
  rangeHeader: 'Rango posible',
  cutoffHeader: 'Punto de corte',
  bandHeader: 'Nivel',
  // the library's Spanish for the PHQ-9's and GAD-7's severity bands (the forms publish none)
  bandNames: {
    'none-minimal': 'ninguna o mínima',
    minimal: 'mínima',
    mild: 'leve',
    moderate: 'moderada',
    'moderately-severe': 'moderadamente grave',
    severe: 'grave',
  },
  notScored: 'Sin puntuar (ítems sin responder)',
  noCutoff: 'Ninguno',
  noCutoffs: 'Ninguna escala de este instrumento tiene punto de corte en sus reglas de puntuación.',
  cutoffAtLeast: (value) => `${value} o más`,
  settingUsed: (label, value, min, max) => `${label}: ${value} (elegido dentro del rango publicado ${min}–${max}).`,

  rulesTitle: 'Reglas de detección',
  ruleHeader: 'Regla',
  outcomeHeader: 'Resultado',
  outcome: (value) => (value === null ? 'No determinado (ítems sin responder)' : value ? 'Se cumple: provisional, no es un diagnóstico' : 'No se cumple'),
  provisional: 'Los resultados de las reglas son resultados de detección provisionales, no un diagnóstico. Un diagnóstico requiere una evaluación clínica.',

  chartsTitle: 'Gráficos',
  subscalesTitle: (parent) => `${parent}: subescalas`,
  barDescribe: (label, value, min, max) => (value === null ? `${label}: sin puntuar.` : `${label}: ${value} en un rango de ${min} a ${max}.`),
  trendTitle: (scale) => `${scale} a lo largo del tiempo`,
  trendDescribe: (when, value) => (value === null ? `${when}: sin puntuar.` : `${when}: ${value}.`),
  cutoffLine: (value) => `Punto de corte ${value}`,
  whenHeader: 'Completado',
  metHeader: 'En el punto de corte o por encima',
  met: (value) => (value ? 'Sí' : 'No'),
  plotDescribe: (when, xLabel, x, yLabel, y) => `${when}: ${xLabel.toLowerCase()} ${x}, ${yLabel.toLowerCase()} ${y}.`,

  itemsTitle: 'Respuestas, ítem por ítem',
  itemHeader: 'Ítem',
  questionHeader: 'Pregunta',
  answerHeader: 'Respuesta',
  notAnswered: 'Sin respuesta',
  notAsked: 'No se preguntó (una respuesta anterior lo omitió)',
  reverseKeyed: 'puntuación inversa',
  safetyItem: 'Ítem de seguridad',
  noWording: (item) => `Ítem ${item} (texto aportado por el paquete de textos de la consulta; no se muestra aquí)`,

  sourceTitle: 'Fuente',

  sealedWaiting: (count) =>
    `${count === 1 ? 'Hay un resultado sellado' : `Hay ${count} resultados sellados`} en espera. Elija el archivo de la clave privada de la consulta (attune-seal-….private.jwk.json) para ${count === 1 ? 'abrirlo' : 'abrirlos'}.`,
  sealedOpened: (count) => `${count === 1 ? 'Un resultado sellado' : `${count} resultados sellados`}: abiertos con la clave privada elegida abajo.`,
  sealedKeyLabel: 'Archivo de la clave privada',
  sealedKeyNote: 'La clave se lee en este ordenador y se guarda solo mientras esta página está abierta. Nunca se sube ni se almacena.',

  problemTitle: 'Este informe no se puede mostrar',
  problemBody: 'Los resultados dados al informe no encajan. No se ha cambiado ni perdido nada.',
  problemDetails: 'Detalles para el equipo del sitio web',
};
