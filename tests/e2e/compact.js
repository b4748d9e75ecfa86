// Reads a plan's value as the planner keeps it in localStorage, written apart
// from the app's Rust so the tests check the format, not the code against
// itself. A value is a JSON string (gloo-storage's way) holding
// `smp-compact/1:{length}:{checksum}:{packed}:{characters}`: fifteen bits in
// each character from U+4000, LZ sequences inside (see src/exchange/lz.rs).
// Plain JSON (an earlier version's save) is read as it is.

/** The envelope `{format, version, plan}` a stored value holds. */
export function readStored(value) {
  if (!value.startsWith('"')) return JSON.parse(value);
  const text = JSON.parse(value);
  const match = /^smp-compact\/1:(\d+):([0-9a-f]{16}):(\d+):/.exec(text);
  if (!match) throw new Error(`not a compact value: ${text.slice(0, 40)}`);
  const [header, length, checksum, count] = match;
  const packed = unpack(text.slice(header.length), Number(count));
  const bytes = decompress(packed, Number(length));
  if (fnv1a(bytes) !== checksum) throw new Error('checksum does not match');
  return JSON.parse(new TextDecoder().decode(bytes));
}

export function isCompact(value) {
  return value.startsWith('"smp-compact/1:');
}

function unpack(chars, count) {
  const bytes = new Uint8Array(count);
  let acc = 0;
  let held = 0;
  let n = 0;
  for (const c of chars) {
    acc = ((acc << 15) | (c.codePointAt(0) - 0x4000)) >>> 0;
    held += 15;
    while (held >= 8 && n < count) {
      held -= 8;
      bytes[n++] = (acc >>> held) & 0xff;
    }
    acc &= (1 << held) - 1;
  }
  return bytes;
}

function decompress(input, length) {
  const out = new Uint8Array(length);
  let i = 0;
  let o = 0;
  const more = (n) => {
    if (n !== 15) return n;
    let b;
    do { b = input[i++]; n += b; } while (b === 255);
    return n;
  };
  for (;;) {
    const token = input[i++];
    const literals = more(token >> 4);
    out.set(input.subarray(i, i + literals), o);
    i += literals;
    o += literals;
    if (o === length) return out;
    const distance = input[i] | (input[i + 1] << 8);
    i += 2;
    const matched = more(token & 15) + 4;
    for (let k = 0; k < matched; k++, o++) out[o] = out[o - distance];
  }
}

function fnv1a(bytes) {
  let hash = 0xcbf29ce484222325n;
  for (const b of bytes) hash = BigInt.asUintN(64, (hash ^ BigInt(b)) * 0x100000001b3n);
  return hash.toString(16).padStart(16, '0');
}
