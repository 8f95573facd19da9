import type { Messages } from './messages.js';

/**
 * Spanish UI strings (neutral Latin American usage, "tú"): calm, plain, and never alarming. Instrument
 * wording is not translated here: it changes language only where a definition carries a translation.
 */
export const es: Messages = {
  introLength: (questions, minutes, upTo) =>
    `${questions === 1 ? 'Hay 1 pregunta' : `Hay ${upTo ? 'hasta ' : ''}${questions} preguntas`}. Suele llevar unos ${minutes} ${minutes === 1 ? 'minuto' : 'minutos'}.`,
  introTimeframe: 'Las preguntas se refieren a este periodo:',
  introInEnglish: 'Las preguntas están en inglés.',
  introPartlyInEnglish: 'Algunas partes del cuestionario están en inglés, porque no tienen una traducción publicada.',
  introExperience: (experience) => `Cuando una pregunta mencione una experiencia o un hecho estresante, piensa en: ${experience}.`,
  introStop: 'No hay respuestas correctas ni incorrectas. Puedes tomarte tu tiempo y parar cuando quieras.',
  start: 'Empezar',
  questionOf: (n, total) => `Pregunta ${n} de ${total}`,
  back: 'Atrás',
  next: 'Siguiente',
  finish: 'Terminar',
  errorSummaryTitle: 'Algunas preguntas aún necesitan respuesta',
  errorSummaryLink: (n) => `Pregunta ${n}`,
  itemError: 'Elige una respuesta para esta pregunta.',
  thanksTitle: 'Gracias',
  thanksBody: 'Has terminado el cuestionario. Gracias por dedicar tiempo a responder.',
  summaryTitle: 'Sobre tus respuestas',
  summaryUndecided: 'No se respondieron todas las preguntas, así que esta parte no se puede resumir.',
  notADiagnosis: 'Este cuestionario es una herramienta de detección, no un diagnóstico. Tu terapeuta puede revisar tus respuestas contigo.',
  summaryPattern: 'Algunas de tus respuestas indican que estos problemas te han afectado.',
  summarySupport: 'Tu terapeuta querrá hablar contigo sobre algunas de tus respuestas.',
  fullTitle: 'Tus resultados',
  scaleScore: (which, mean, score, lo, hi) => `Tus respuestas a las preguntas ${which} ${mean ? 'dan un promedio de' : 'suman'} ${score}, en un rango de ${lo} a ${hi}.`,
  plotYou: 'Tus respuestas',
  plotPointHeader: 'Respuestas',
  plotDescribe: (xLabel, x, yLabel, y, max) => `${xLabel} ${x} y ${yLabel.toLowerCase()} ${y}, cada una en una escala de hasta ${max}.`,
  problemTitle: 'Este cuestionario no se puede mostrar ahora',
  problemBody: 'No se ha perdido nada de lo que respondiste. Avisa a la consulta o vuelve a intentarlo más tarde.',
  problemDetails: 'Detalles para el equipo del sitio web',
  leave: 'Salir de esta página',
  leaveHint: 'O pulsa Mayús tres veces.',
  safetyTitle: 'Hay apoyo si lo necesitas',
  safetyEmergency: 'Si estás en peligro ahora, llama al número de emergencias de tu zona.',
  safetyContinue: (stage) =>
    `${stage === 'done' ? 'Has terminado las preguntas.' : stage === 'review' ? 'Puedes terminar cuando quieras o parar en cualquier momento.' : 'Puedes seguir con las preguntas o parar cuando quieras.'} Tu terapeuta está para ayudarte.`,
  safetyCall: (phone) => `Llamar al ${phone}`,
  safetyAnnouncement: 'Debajo de esta pregunta se muestra información de apoyo.',
  reviewTitle: 'Revisa tus respuestas',
  reviewIntro: 'Puedes cambiar cualquier respuesta antes de terminar.',
  checkAnswers: 'Revisar tus respuestas',
  backToReview: 'Volver a tus respuestas',
  change: 'Cambiar',
  changeWhat: 'tu respuesta a la',
  questionLabel: (n) => `pregunta ${n}`,
  notAnswered: 'Sin responder',
  resumeTitle: 'Hola de nuevo',
  resumeBody: 'Tus respuestas anteriores están guardadas en este navegador. Puedes seguir donde lo dejaste o empezar de nuevo.',
  resumeContinue: 'Seguir donde lo dejé',
  resumeRestart: 'Empezar de nuevo',
  persistNote: (where) =>
    where === 'local'
      ? 'Tus respuestas se guardan en este navegador hasta que termines, para que puedas volver más tarde. En un dispositivo compartido, otras personas que usen este navegador podrían ver que empezaste.'
      : 'Tus respuestas se conservan en esta pestaña del navegador hasta que termines o la cierres.',
  restoreFailed: 'No se pudieron recuperar tus respuestas anteriores, así que el cuestionario empieza desde el principio.',
  storageUnavailable: 'Este navegador no puede guardar tus respuestas, así que se perderán si sales de esta página o la recargas.',
  submissionSending: 'Enviando tus respuestas a la consulta…',
  submissionSent: 'Tus respuestas han llegado a la consulta.',
  submissionRetrying: (kept) =>
    `Tus respuestas todavía no han llegado a la consulta, porque la conexión no funciona en este momento. Seguiremos intentándolo${kept ? ' mientras esta página esté abierta, y de nuevo la próxima vez que la abras.' : '. Mantén esta página abierta hasta que este mensaje diga que han llegado.'}`,
  submissionRejected:
    'El sitio web de la consulta no aceptó tus respuestas, así que no han llegado a la consulta. No es algo que hayas hecho mal. Avisa a la consulta para que pueda ayudarte.',
  submissionStopped:
    'El sitio web de la consulta no pudo recibir tus respuestas, así que no han llegado a la consulta. Se guardan en este dispositivo, y se ha avisado al sitio web de la consulta. No es algo que hayas hecho mal.',
  submissionNotSealed:
    'Tus respuestas no se han enviado, porque esta página no podía enviarlas de forma segura. Se guardan en este dispositivo, y se ha avisado al sitio web de la consulta. No es algo que hayas hecho mal.',
  submissionResumed: 'Se están enviando a la consulta las respuestas de tu visita anterior.',
  formIncomplete: 'Termina este cuestionario antes de enviar el formulario.',
  batteryTitle: 'Cuestionarios',
  batteryLength: (count, minutes, upTo) => `Hay ${upTo ? 'hasta ' : ''}${count} cuestionarios breves, uno tras otro. En total suelen llevar unos ${minutes} minutos.`,
  batteryListLabel: 'Los cuestionarios',
  batteryProgress: (n, total) => `Cuestionario ${n} de ${total}`,
  batteryThanksBody: 'Has terminado los cuestionarios. Gracias por dedicar tiempo a responder.',
};
