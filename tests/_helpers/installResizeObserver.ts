/**
 * Gives jsdom the ResizeObserver every browser Office runs in has (Fluent's MessageBar and overflow measure
 * themselves with one); it observes nothing.
 */
export function installResizeObserver(): void {
  (window as unknown as { ResizeObserver: unknown }).ResizeObserver ??= class {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}
