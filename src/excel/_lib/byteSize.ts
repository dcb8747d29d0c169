/**
 * The UTF-8 byte length of a string, without allocating (the request limit of Excel on the web counts bytes).
 *
 * @example utf8Length("達成") // 6
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Bytes of one Office.js request record: an action (`{"Id":…,"ActionType":…,"Name":…,"ObjectPathId":…}`) or an
 * object path; a little more than the records Office.js writes, so that estimates err on the large side.
 *
 * @example 3 * RECORD_BYTES // a getRange path, its Instantiate action and one property set
 */
export const RECORD_BYTES = 140;

/**
 * Bytes Office.js adds around one queued action: the action record and the object path it runs on.
 *
 * @example ACTION_OVERHEAD_BYTES + utf8Length(JSON.stringify(args))
 */
export const ACTION_OVERHEAD_BYTES = 2 * RECORD_BYTES;

/**
 * The estimated size of one queued action carrying `payload`: its JSON in UTF-8 plus the action's own overhead.
 *
 * @example estimateBytes({ values: [["達成"]] }) // 280 + 19
 */
export function estimateBytes(payload: unknown): number {
  return ACTION_OVERHEAD_BYTES + utf8Length(JSON.stringify(payload) ?? "");
}
