// The practice's own page script: hands the stored completions to the report.
document.querySelector('attune-report').results = window.reportCompletions;
document.getElementById('print').addEventListener('click', () => window.print());
