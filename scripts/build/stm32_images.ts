// STM32 firmware images from the raw flash image (.bin, objcopy -O binary of firmware.elf):
//  - Intel HEX (.hex): 16-byte data records, an extended linear address record at every
//    64 KiB boundary, the start linear address (the reset handler), end of file;
//  - DfuSe (.dfu), ST's DFU file format (UM0391) that dfu-util and ST's DfuSe tools take:
//    prefix "DfuSe", one target ("Target", alternate setting 0 = internal flash) holding one
//    image element (address, size, bytes), and the standard DFU suffix with its CRC.

/** ST's ROM DFU bootloader's USB identity (AN2606), written into the DFU suffix. */
export const STM32_DFU_VID = 0x0483;
export const STM32_DFU_PID = 0xdf11;

const HEX_RECORD_DATA = 16;

function hexRecord(type: number, address: number, data: Uint8Array): string {
  const bytes = [data.length, (address >> 8) & 0xff, address & 0xff, type, ...data];
  const sum = bytes.reduce((a, b) => a + b, 0);
  const checksum = (0x100 - (sum & 0xff)) & 0xff;
  return `:${[...bytes, checksum].map((b) => b.toString(16).toUpperCase().padStart(2, "0")).join("")}\n`;
}

function u32be(v: number): Uint8Array {
  return new Uint8Array([(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff]);
}

/** Intel HEX text for image at base; entry (optional) becomes the start linear address record. */
export function intelHex(image: Uint8Array, base: number, entry?: number): string {
  let out = "";
  let upper = -1;
  let offset = 0;
  while (offset < image.length) {
    const address = (base + offset) >>> 0;
    if (address >>> 16 !== upper) {
      upper = address >>> 16;
      out += hexRecord(0x04, 0, new Uint8Array([(upper >> 8) & 0xff, upper & 0xff]));
    }
    // A record never crosses a 64 KiB boundary (its address has 16 bits).
    const n = Math.min(HEX_RECORD_DATA, image.length - offset, 0x10000 - (address & 0xffff));
    out += hexRecord(0x00, address & 0xffff, image.subarray(offset, offset + n));
    offset += n;
  }
  if (entry !== undefined) out += hexRecord(0x05, 0, u32be(entry >>> 0));
  out += hexRecord(0x01, 0, new Uint8Array(0));
  return out;
}

let crcTable: Uint32Array | undefined;

/** CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) without the final inversion: the
 *  value the DFU suffix's dwCRC holds (DFU 1.1, appendix B). */
export function dfuCrc(data: Uint8Array): number {
  if (crcTable === undefined) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return crc >>> 0;
}

export interface DfuElement {
  address: number;
  data: Uint8Array;
}

/** A DfuSe file with one target (alternate setting 0, named targetName) of the given elements. */
export function dfuseFile(elements: DfuElement[], opts: { vid?: number; pid?: number; targetName?: string } = {}): Uint8Array {
  const elementBytes = elements.reduce((n, e) => n + 8 + e.data.length, 0);
  const targetSize = 274 + elementBytes;
  const total = 11 + targetSize + 16;
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  const ascii = (at: number, text: string): void => {
    for (let i = 0; i < text.length; i++) out[at + i] = text.charCodeAt(i) & 0x7f;
  };
  // Prefix: signature, version 1, size of the file without its suffix, one target.
  ascii(0, "DfuSe");
  out[5] = 0x01;
  view.setUint32(6, total - 16, true);
  out[10] = 1;
  // Target prefix: signature, alternate setting, "named" flag, 255-byte name, size, elements.
  let at = 11;
  ascii(at, "Target");
  out[at + 6] = 0;
  const name = opts.targetName ?? "ST...";
  view.setUint32(at + 7, 1, true);
  ascii(at + 11, name.slice(0, 254));
  view.setUint32(at + 266, elementBytes, true);
  view.setUint32(at + 270, elements.length, true);
  at += 274;
  for (const e of elements) {
    view.setUint32(at, e.address >>> 0, true);
    view.setUint32(at + 4, e.data.length, true);
    out.set(e.data, at + 8);
    at += 8 + e.data.length;
  }
  // Suffix: bcdDevice, idProduct, idVendor, bcdDFU 1.1a, "UFD", length 16, CRC.
  view.setUint16(at, 0xffff, true);
  view.setUint16(at + 2, opts.pid ?? STM32_DFU_PID, true);
  view.setUint16(at + 4, opts.vid ?? STM32_DFU_VID, true);
  view.setUint16(at + 6, 0x011a, true);
  ascii(at + 8, "UFD");
  out[at + 11] = 16;
  view.setUint32(at + 12, dfuCrc(out.subarray(0, at + 12)), true);
  return out;
}
