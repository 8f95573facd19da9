/**
 * A load where only the latest request counts: a framework may set `instrument`, then `definition`,
 * then `instrument` again before the first file arrives, and the element must end with the last one
 * (never an earlier load that happened to finish later). `settled` is what `ready` waits for.
 */
export class LatestLoad {
  private token = 0;
  /** Settles once the latest load has been applied (or its failure reported). */
  settled?: Promise<unknown>;

  /**
   * Starts a load. `use` and `fail` are called only if no newer load began meanwhile; a synchronous
   * value or throw is applied at once.
   */
  run<T>(load: () => T | Promise<T>, use: (value: T) => void, fail: (error: unknown) => void): void {
    const token = ++this.token;
    this.settled = undefined;
    let value: T | Promise<T>;
    try {
      value = load();
    } catch (error) {
      return fail(error);
    }
    if (!(value instanceof Promise)) return use(value);
    this.settled = value.then(
      (v) => token === this.token && use(v),
      (error: unknown) => token === this.token && fail(error),
    );
  }

  /** Forgets any load in flight: what it brings is ignored. */
  cancel(): void {
    this.token++;
    this.settled = undefined;
  }
}
