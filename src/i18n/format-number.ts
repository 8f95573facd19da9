/**
 * A score as the client's language writes numbers: sums as whole numbers, means to two decimals
 * ("3.50" in English, "3,50" in Spanish). The same rounding as `formatScore`, in the UI locale.
 */
export function formatNumber(locale: string, value: number): string {
  const digits = Number.isInteger(value) ? 0 : 2;
  return value.toLocaleString(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
