/**
 * The page script of tests/e2e/wordpressPaste.e2e.ts, bundled by esbuild when the test starts: WordPress's block
 * editor paste handler (`pasteHandler` of @wordpress/blocks) with the core blocks registered as the editor
 * registers them (`registerCoreBlocks` of @wordpress/block-library). `window.wordpressPaste(html, text)` pastes
 * like a Ctrl+V into the block editor (mode BLOCKS) and returns the blocks' names and their saved markup (what
 * the post stores and the site shows).
 */
import { registerCoreBlocks } from "@wordpress/block-library";
import { pasteHandler, serialize, type Block } from "@wordpress/blocks";

registerCoreBlocks();

(window as unknown as { wordpressPaste: (html: string, text: string) => { blocks: string[]; saved: string } }).wordpressPaste = (html, text) => {
  const blocks = pasteHandler({ HTML: html, plainText: text, mode: "BLOCKS" }) as Block[];
  return { blocks: blocks.map((b) => b.name), saved: serialize(blocks) };
};
