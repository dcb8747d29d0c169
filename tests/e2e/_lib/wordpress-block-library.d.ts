/** @wordpress/block-library ships no type declarations; the one function the paste test uses. */
declare module "@wordpress/block-library" {
  /** Registers the core blocks (paragraph, heading, table, …) as the block editor does at start. */
  export function registerCoreBlocks(): void;
}
