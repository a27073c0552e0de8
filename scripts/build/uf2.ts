// UF2 (USB Flashing Format, github.com/microsoft/uf2): the image a board's ROM bootloader
// takes as a file copied to its USB drive. Each 512-byte block carries 256 bytes of the
// image and the flash address they go to; a block is self-contained, so the order of
// blocks (and of the copy) does not matter to the bootloader.

export const UF2_MAGIC_START0 = 0x0a324655; // "UF2\n"
export const UF2_MAGIC_START1 = 0x9e5d5157;
export const UF2_MAGIC_END = 0x0ab16f30;
/** Flag: the word at offset 28 is a family id rather than the file size. */
export const UF2_FLAG_FAMILY_ID_PRESENT = 0x00002000;
/** Flag: the block is not for the main flash (comments, other targets); readers skip it. */
export const UF2_FLAG_NOT_MAIN_FLASH = 0x00000001;
export const UF2_BLOCK_SIZE = 512;
/** The payload per block the RP2040 bootrom accepts (it requires exactly 256). */
export const UF2_PAYLOAD_SIZE = 256;
const UF2_DATA_OFFSET = 32;
const UF2_DATA_ROOM = 476;

export const RP2040_FAMILY_ID = 0xe48bff56;
export const RP2040_FLASH_BASE = 0x10000000;

/** UF2 blocks holding `image`, placed from `baseAddress`, for `familyId`. */
export function uf2FromBinary(image: Uint8Array, baseAddress: number, familyId: number): Uint8Array {
  const numBlocks = Math.max(1, Math.ceil(image.length / UF2_PAYLOAD_SIZE));
  const out = new Uint8Array(numBlocks * UF2_BLOCK_SIZE);
  const view = new DataView(out.buffer);
  for (let i = 0; i < numBlocks; i++) {
    const block = i * UF2_BLOCK_SIZE;
    view.setUint32(block + 0, UF2_MAGIC_START0, true);
    view.setUint32(block + 4, UF2_MAGIC_START1, true);
    view.setUint32(block + 8, UF2_FLAG_FAMILY_ID_PRESENT, true);
    view.setUint32(block + 12, (baseAddress + i * UF2_PAYLOAD_SIZE) >>> 0, true);
    view.setUint32(block + 16, UF2_PAYLOAD_SIZE, true);
    view.setUint32(block + 20, i, true);
    view.setUint32(block + 24, numBlocks, true);
    view.setUint32(block + 28, familyId >>> 0, true);
    // The last payload is padded with zeros up to 256 bytes, as elf2uf2 does.
    out.set(image.subarray(i * UF2_PAYLOAD_SIZE, (i + 1) * UF2_PAYLOAD_SIZE), block + UF2_DATA_OFFSET);
    view.setUint32(block + UF2_BLOCK_SIZE - 4, UF2_MAGIC_END, true);
  }
  return out;
}

export interface Uf2Chunk {
  address: number;
  data: Uint8Array;
}

export interface Uf2Contents {
  /** The family id every main-flash block names (undefined when a block names none). */
  familyId: number | undefined;
  chunks: Uf2Chunk[];
}

export class Uf2Error extends Error {}

/** The payloads of a UF2 file, checked: magic numbers, sizes and block numbering. A
 *  block flagged "not main flash" is skipped, as a bootloader does. */
export function parseUf2(file: Uint8Array, name = "UF2 file"): Uf2Contents {
  if (file.length === 0 || file.length % UF2_BLOCK_SIZE !== 0) {
    throw new Uf2Error(`${name}: ${file.length} bytes is not a whole number of ${UF2_BLOCK_SIZE}-byte UF2 blocks`);
  }
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const chunks: Uf2Chunk[] = [];
  let familyId: number | undefined;
  let firstFamily = true;
  const count = file.length / UF2_BLOCK_SIZE;
  for (let i = 0; i < count; i++) {
    const block = i * UF2_BLOCK_SIZE;
    const where = `${name}: block ${i}`;
    if (view.getUint32(block, true) !== UF2_MAGIC_START0 || view.getUint32(block + 4, true) !== UF2_MAGIC_START1
        || view.getUint32(block + UF2_BLOCK_SIZE - 4, true) !== UF2_MAGIC_END) {
      throw new Uf2Error(`${where}: bad magic numbers (not a UF2 block)`);
    }
    const flags = view.getUint32(block + 8, true);
    if ((flags & UF2_FLAG_NOT_MAIN_FLASH) !== 0) continue;
    const size = view.getUint32(block + 16, true);
    if (size > UF2_DATA_ROOM) throw new Uf2Error(`${where}: payload size ${size} is over ${UF2_DATA_ROOM}`);
    const blockNo = view.getUint32(block + 20, true);
    const numBlocks = view.getUint32(block + 24, true);
    if (blockNo >= numBlocks) throw new Uf2Error(`${where}: block number ${blockNo} is not below the block count ${numBlocks}`);
    const family = (flags & UF2_FLAG_FAMILY_ID_PRESENT) !== 0 ? view.getUint32(block + 28, true) : undefined;
    if (firstFamily) {
      familyId = family;
      firstFamily = false;
    } else if (family !== familyId) {
      familyId = undefined;
    }
    chunks.push({
      address: view.getUint32(block + 12, true),
      data: file.slice(block + UF2_DATA_OFFSET, block + UF2_DATA_OFFSET + size),
    });
  }
  return { familyId, chunks };
}

export function familyName(id: number | undefined): string {
  if (id === undefined) return "none";
  if (id === RP2040_FAMILY_ID) return "RP2040 (0xe48bff56)";
  return `0x${id.toString(16).padStart(8, "0")}`;
}
