/* Font ids of the input's styles.xml turned into font ids of the styles.xml exceljs wrote, which numbers the
   fonts anew (and keeps only those its cell styles use): what is carried over as XML and names a font needs it. */

/** The `<fonts>` list of a styles part (the match: whole list, content) and each `<font>` as the part holds it. */
interface Fonts {
  list: RegExpExecArray;
  fonts: string[];
}

function fontsOf(stylesXml: string): Fonts | undefined {
  const list = /<fonts\b[^>]*?(?:\/>|>([\s\S]*?)<\/fonts>)/.exec(stylesXml);
  if (!list) return undefined;
  const content = list[1] ?? "";
  const fonts = [...content.matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0]);
  return { list, fonts };
}

/**
 * A font as compared: its properties (the child elements, each with its attributes sorted), sorted — Excel and
 * exceljs write the same font with its properties in other orders, `<b/>` or `<b></b>`.
 */
function normalised(font: string): string {
  const props = [...font.replace(/^<font\b[^>]*>/, "").matchAll(/<([\w.:-]+)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)]
    .map(([, name, attrs]) => `${name}${[...attrs.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => ` ${a[1]}="${a[2] ?? a[3]}"`).sort().join("")}`);
  return props.sort().join("|");
}

/** The font ids of an input, as the output knows them, and the output's styles part with the fonts added for them. */
export interface FontIds {
  /** The output's id of the input's font `inputId`: an identical font of the output's, or one added to it ("0" if the input has no such font). */
  id(inputId: string): string;
  /** The output's styles part, with the fonts `id` added (undefined if it added none). */
  styles(): string | undefined;
}

/**
 * Maps the input's font ids onto the output's: the input's font at an id is looked up by its normalised XML among
 * the output's fonts and, if none is identical, appended to the output's `<fonts>` (its `count` kept right).
 * Linear: each list is read once.
 *
 * @example fontIds(inStyles, outStyles).id("1") // "3": the output's 4th font is the input's 2nd
 */
export function fontIds(inStylesXml: string, outStylesXml: string): FontIds {
  const input = fontsOf(inStylesXml);
  const output = fontsOf(outStylesXml);
  const known = new Map<string, number>();
  output?.fonts.forEach((f, i) => { if (!known.has(normalised(f))) known.set(normalised(f), i); });
  const added: string[] = [];
  const ids = new Map<string, string>();
  return {
    id(inputId) {
      const font = input?.fonts[Number(inputId)];
      if (!output || font === undefined || !/^\d+$/.test(inputId)) return "0";
      let id = ids.get(inputId);
      if (id === undefined) {
        const key = normalised(font);
        let at = known.get(key);
        if (at === undefined) {
          at = output.fonts.length + added.length;
          known.set(key, at);
          added.push(font);
        }
        ids.set(inputId, (id = String(at)));
      }
      return id;
    },
    styles() {
      if (!output || added.length === 0) return undefined;
      const count = output.fonts.length + added.length;
      let tag = /^<fonts\b[^>]*?(?=\/?>)/.exec(output.list[0])![0];
      tag = /\scount="/.test(tag) ? tag.replace(/(\scount=")[^"]*"/, `$1${count}"`) : `${tag} count="${count}"`;
      const list = `${tag}>${output.list[1] ?? ""}${added.join("")}</fonts>`;
      return outStylesXml.slice(0, output.list.index) + list + outStylesXml.slice(output.list.index + output.list[0].length);
    },
  };
}
