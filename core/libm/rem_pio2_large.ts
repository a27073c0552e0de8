// x mod pi/2 for large |x| (beyond 2^20 * pi/2), after FreeBSD msun's k_rem_pio2.c (Sun's
// fdlibm, Payne-Hanek): the 24-bit chunks of x times the chunks of 2/pi that matter, kept
// exact in doubles, then the fraction times pi/2. Result in rem_large_y0/y1.

import { type i32, type f64 } from "../subset/index.js";
import { fp_scalbn } from "./fp.js";

/** 2/pi in 24-bit chunks: chunk i holds bits 24i..24i+23 after the binary point. */
const IPIO2: readonly i32[] = [
  0xa2f983, 0x6e4e44, 0x1529fc, 0x2757d1, 0xf534dd, 0xc0db62, 0x95993c, 0x439041, 0xfe5163, 0xabdebb, 0xc561b7,
  0x246e3a, 0x424dd2, 0xe00649, 0x2eea09, 0xd1921c, 0xfe1deb, 0x1cb129, 0xa73ee8, 0x8235f5, 0x2ebb44, 0x84e99c,
  0x7026b4, 0x5f7e41, 0x3991d6, 0x398353, 0x39f49c, 0x845f8b, 0xbdf928, 0x3b1ff8, 0x97ffde, 0x05980f, 0xef2f11,
  0x8b5a0a, 0x6d1f6d, 0x367ecf, 0x27cb09, 0xb74f46, 0x3f669e, 0x5fea2d, 0x7527ba, 0xc7ebe5, 0xf17b3d, 0x0739f7,
  0x8a5292, 0xea6bfb, 0x5fb11f, 0x8d5d08, 0x560330, 0x46fc7b, 0x6babf0, 0xcfbc20, 0x9af436, 0x1da9e3, 0x91615e,
  0xe61b08, 0x659985, 0x5f14a0, 0x68408d, 0xffd880, 0x4d7327, 0x310606, 0x1556ca, 0x73a8c9, 0x60e27b, 0xc08c6b,
];

/** pi/2 in 24-bit chunks (as doubles). */
const PIO2: readonly f64[] = [
  1.57079625129699707031e0, 7.54978941586159635335e-8, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
  1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51,
];

const TWO_24: f64 = 16777216.0;
const TWO_M24: f64 = 5.96046447753906250000e-8;
const JK: i32 = 4; // initial terms for double precision

const tx = new Float64Array(3);
const f = new Float64Array(32);
const q = new Float64Array(32);
const fq = new Float64Array(32);
const iq = new Int32Array(32);

let out_y0: f64 = 0;
let out_y1: f64 = 0;

export function rem_large_y0(): f64 {
  return out_y0;
}

export function rem_large_y1(): f64 {
  return out_y1;
}

/** q[i] = sum of tx[j] * f[jx + i - j], j = 0..jx. */
function chunk_product(i: i32, jx: i32): void {
  let fw: f64 = 0.0;
  for (let j: i32 = 0; j <= jx && j < 3; j++) fw += tx[j]! * f[(jx + i - j) & 31]!;
  q[i & 31] = fw;
}

/**
 * For finite |x| >= 2^20 * pi/2 (x positive): out_y0 + out_y1 = x - n*pi/2 with |y| <= pi/4
 * or so; returns n mod 8. Indices stay below 20 (masked for the generator's range check).
 */
export function rem_pio2_large(x: f64): i32 {
  // x = (tx0 + tx1 * 2^-24 + tx2 * 2^-48) * 2^e0, each a 24-bit integer.
  let e0: i32 = 0;
  let a: f64 = x;
  while (a >= TWO_24) {
    a = a * TWO_M24;
    e0 = (e0 + 24) | 0;
  }
  while (a < 8388608.0) {
    a = a * 2;
    e0 = (e0 - 1) | 0;
  }
  tx[0] = Math.trunc(a);
  a = (a - tx[0]!) * TWO_24;
  tx[1] = Math.trunc(a);
  tx[2] = (a - tx[1]!) * TWO_24;
  let jx: i32 = 2;
  while (jx > 0 && tx[jx]! === 0.0) jx = (jx - 1) | 0;
  let jv: i32 = (((e0 - 3) | 0) / 24) | 0;
  if (jv < 0) jv = 0;
  let q0: i32 = (e0 - 24 * (jv + 1)) | 0;
  let jz: i32 = JK;

  const m: i32 = (jx + JK) | 0;
  for (let i: i32 = 0; i <= m && i < 20; i++) {
    const j: i32 = (jv - jx + i) | 0;
    f[i] = j < 0 ? 0.0 : IPIO2[j & 127]!;
  }
  for (let i: i32 = 0; i <= JK; i++) chunk_product(i, jx);

  let n: i32 = 0;
  let ih: i32 = 0;
  let z: f64 = 0.0;
  for (;;) {
    // Distill q[] into iq[] reversingly.
    z = q[jz & 31]!;
    for (let i: i32 = 0; i < jz && i < 20; i++) {
      const fw: f64 = Math.trunc(TWO_M24 * z);
      iq[i] = (z - TWO_24 * fw) | 0;
      z = q[(jz - 1 - i) & 31]! + fw;
    }
    // The integer part n, mod 8.
    z = fp_scalbn(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = z | 0;
    z -= n;
    ih = 0;
    const last: i32 = (jz - 1) & 31;
    if (q0 > 0) {
      const top: i32 = iq[last]! >> ((24 - q0) & 31);
      n = (n + top) | 0;
      iq[last] = (iq[last]! - (top << ((24 - q0) & 31))) | 0;
      ih = iq[last]! >> ((23 - q0) & 31);
    } else if (q0 === 0) {
      ih = iq[last]! >> 23;
    } else if (z >= 0.5) {
      ih = 2;
    }
    if (ih > 0) {
      // q > 0.5: take 1 - q
      n = (n + 1) | 0;
      let carry: i32 = 0;
      for (let i: i32 = 0; i < jz && i < 20; i++) {
        const v: i32 = iq[i]!;
        if (carry === 0) {
          if (v !== 0) {
            carry = 1;
            iq[i] = (0x1000000 - v) | 0;
          }
        } else {
          iq[i] = (0xffffff - v) | 0;
        }
      }
      if (q0 === 1) iq[last] = iq[last]! & 0x7fffff;
      else if (q0 === 2) iq[last] = iq[last]! & 0x3fffff;
      if (ih === 2) {
        z = 1.0 - z;
        if (carry !== 0) z -= fp_scalbn(1.0, q0);
      }
    }
    // Recompute with more terms when the fraction cancelled.
    if (z === 0.0) {
      let any: i32 = 0;
      for (let i: i32 = (jz - 1) | 0; i >= JK; i--) any |= iq[i & 31]!;
      if (any === 0) {
        let k: i32 = 1;
        while (k < JK && iq[(JK - k) & 31]! === 0) k = (k + 1) | 0;
        for (let i: i32 = 1; i <= k && i <= JK; i++) {
          const at: i32 = (jz + i) | 0;
          f[(jx + at) & 31] = IPIO2[(jv + at) & 127]!;
          chunk_product(at, jx);
        }
        jz = (jz + k) | 0;
        continue;
      }
    }
    break;
  }

  // Chop off zero terms, or split z into 24-bit chunks.
  if (z === 0.0) {
    jz = (jz - 1) | 0;
    q0 = (q0 - 24) | 0;
    while (jz > 0 && iq[jz & 31]! === 0) {
      jz = (jz - 1) | 0;
      q0 = (q0 - 24) | 0;
    }
  } else {
    z = fp_scalbn(z, (0 - q0) | 0);
    if (z >= TWO_24) {
      const fw: f64 = Math.trunc(TWO_M24 * z);
      iq[jz & 31] = (z - TWO_24 * fw) | 0;
      jz = (jz + 1) | 0;
      q0 = (q0 + 24) | 0;
      iq[jz & 31] = fw | 0;
    } else {
      iq[jz & 31] = z | 0;
    }
  }
  let fw: f64 = fp_scalbn(1.0, q0);
  for (let i: i32 = jz; i >= 0; i--) {
    q[i & 31] = fw * iq[i & 31]!;
    fw *= TWO_M24;
  }
  for (let i: i32 = jz; i >= 0; i--) {
    let s: f64 = 0.0;
    const top: i32 = (jz - i) | 0;
    for (let k: i32 = 0; k <= JK && k <= top; k++) s += PIO2[k & 7]! * q[(i + k) & 31]!;
    fq[(jz - i) & 31] = s;
  }
  let sum: f64 = 0.0;
  for (let i: i32 = jz; i >= 0; i--) sum += fq[i & 31]!;
  out_y0 = ih === 0 ? sum : -sum;
  sum = fq[0]! - sum;
  for (let i: i32 = 1; i <= jz && i < 32; i++) sum += fq[i & 31]!;
  out_y1 = ih === 0 ? sum : -sum;
  return n & 7;
}
