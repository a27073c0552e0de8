// The hashlib module (MicroPython's extmod/modhashlib.c): sha256, sha1 and md5 objects,
// made by hashlib.sha256([data]) (sha1, md5), with update(data) and digest(). As in
// MicroPython there is no hexdigest() (binascii.hexlify(h.digest()) gives it). digest()
// works on a copy of the state, as CPython's: the object can be updated and digested again
// (MicroPython's newer releases raise ValueError "hash is final" instead).
//
// One object layout for the three: the running state (up to eight words), the message
// length in bytes, and the partial 64-byte block. The compression functions are the
// standards' (FIPS 180-4 for SHA-256 and SHA-1, RFC 1321 for MD5), on u32 words.

import { layout, field_ref, field_u32, load_u8, store_u8, load_u32, store_u32, mem_copy, type u32, type u8, type bool } from "../subset/index.js";
import { gc_alloc, gc_root_push, gc_root_restore } from "../gc.js";
import { OBJ_NONE, type obj } from "../obj.js";
import { obj_type, type_word, TypeId } from "../objects/type.js";
import { raise_memory_error } from "../objects/exception.js";
import { message_begin, message_type_name, message_raise } from "../objects/message.js";
import { print_str, type Printer } from "../print.js";
import { buffer_get, buffer_data, buffer_len, bytes_new_uninit, bytes_seal } from "../objects/bytes.js";
import { str_is } from "../objects/str_ops.js";
import { StrObj } from "../objects/str.js";
import { arg } from "../builtins_args.js";

/** kind: which algorithm; len_lo/len_hi: bytes hashed so far; used: bytes waiting in the block. */
const HashObj = layout("HashObj", { type: field_ref, kind: field_u32, len_lo: field_u32, len_hi: field_u32, used: field_u32 });

const enum HashKind {
  Sha256 = 0,
  Sha1 = 1,
  Md5 = 2,
}

/** The state words start after the header; the 64-byte block after the eight state words. */
const STATE_OFFSET: u32 = HashObj.SIZE;
const BLOCK_OFFSET: u32 = HashObj.SIZE + 32;
const HASH_OBJ_SIZE: u32 = HashObj.SIZE + 32 + 64;

const SHA256_K: readonly u32[] = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];

const SHA256_INIT: readonly u32[] = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const SHA1_INIT: readonly u32[] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];

/** MD5's additive constants, floor(abs(sin(i + 1)) * 2^32). */
const MD5_T: readonly u32[] = [
  0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
  0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
  0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
  0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
  0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
  0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
  0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
  0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];

/** MD5's rotation amounts: four per round. */
const MD5_S: readonly u8[] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

const MD5_INIT: readonly u32[] = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476];

/** The message schedule (SHA-256's 64 words, SHA-1's 80). */
const schedule = new Uint32Array(80);

function rotr(x: u32, n: u32): u32 {
  return ((x >>> (n & 31)) | (x << ((32 - n) & 31))) >>> 0;
}

function rotl(x: u32, n: u32): u32 {
  return ((x << (n & 31)) | (x >>> ((32 - n) & 31))) >>> 0;
}

function load_be32(p: u32): u32 {
  return ((load_u8(p) << 24) | (load_u8(p + 1) << 16) | (load_u8(p + 2) << 8) | load_u8(p + 3)) >>> 0;
}

function store_be32(p: u32, v: u32): void {
  store_u8(p, (v >>> 24) & 0xff);
  store_u8(p + 1, (v >>> 16) & 0xff);
  store_u8(p + 2, (v >>> 8) & 0xff);
  store_u8(p + 3, v & 0xff);
}

function state_word(h: obj, i: u32): u32 {
  return load_u32(h + STATE_OFFSET + i * 4);
}

function state_add(h: obj, i: u32, v: u32): void {
  store_u32(h + STATE_OFFSET + i * 4, (state_word(h, i) + v) >>> 0);
}

function sha256_block(h: obj, p: u32): void {
  for (let i: u32 = 0; i < 16; i++) schedule[i] = load_be32((p + i * 4) >>> 0);
  for (let i: u32 = 16; i < 64; i++) {
    const w15: u32 = schedule[i - 15]!;
    const w2: u32 = schedule[i - 2]!;
    const s0: u32 = (rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)) >>> 0;
    const s1: u32 = (rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)) >>> 0;
    schedule[i] = (schedule[i - 16]! + s0 + schedule[i - 7]! + s1) >>> 0;
  }
  let a: u32 = state_word(h, 0);
  let b: u32 = state_word(h, 1);
  let c: u32 = state_word(h, 2);
  let d: u32 = state_word(h, 3);
  let e: u32 = state_word(h, 4);
  let f: u32 = state_word(h, 5);
  let g: u32 = state_word(h, 6);
  let k: u32 = state_word(h, 7);
  for (let i: u32 = 0; i < 64; i++) {
    const sum1: u32 = (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) >>> 0;
    const choose: u32 = ((e & f) ^ (~e & g)) >>> 0;
    const t1: u32 = (k + sum1 + choose + SHA256_K[i]! + schedule[i]!) >>> 0;
    const sum0: u32 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) >>> 0;
    const majority: u32 = ((a & b) ^ (a & c) ^ (b & c)) >>> 0;
    const t2: u32 = (sum0 + majority) >>> 0;
    k = g;
    g = f;
    f = e;
    e = (d + t1) >>> 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) >>> 0;
  }
  state_add(h, 0, a);
  state_add(h, 1, b);
  state_add(h, 2, c);
  state_add(h, 3, d);
  state_add(h, 4, e);
  state_add(h, 5, f);
  state_add(h, 6, g);
  state_add(h, 7, k);
}

function sha1_block(h: obj, p: u32): void {
  for (let i: u32 = 0; i < 16; i++) schedule[i] = load_be32((p + i * 4) >>> 0);
  for (let i: u32 = 16; i < 80; i++) {
    schedule[i] = rotl((schedule[i - 3]! ^ schedule[i - 8]! ^ schedule[i - 14]! ^ schedule[i - 16]!) >>> 0, 1);
  }
  let a: u32 = state_word(h, 0);
  let b: u32 = state_word(h, 1);
  let c: u32 = state_word(h, 2);
  let d: u32 = state_word(h, 3);
  let e: u32 = state_word(h, 4);
  for (let i: u32 = 0; i < 80; i++) {
    let f: u32 = 0;
    let k: u32 = 0;
    if (i < 20) {
      f = ((b & c) | (~b & d)) >>> 0;
      k = 0x5a827999;
    } else if (i < 40) {
      f = (b ^ c ^ d) >>> 0;
      k = 0x6ed9eba1;
    } else if (i < 60) {
      f = ((b & c) | (b & d) | (c & d)) >>> 0;
      k = 0x8f1bbcdc;
    } else {
      f = (b ^ c ^ d) >>> 0;
      k = 0xca62c1d6;
    }
    const t: u32 = (rotl(a, 5) + f + e + k + schedule[i]!) >>> 0;
    e = d;
    d = c;
    c = rotl(b, 30);
    b = a;
    a = t;
  }
  state_add(h, 0, a);
  state_add(h, 1, b);
  state_add(h, 2, c);
  state_add(h, 3, d);
  state_add(h, 4, e);
}

function md5_block(h: obj, p: u32): void {
  let a: u32 = state_word(h, 0);
  let b: u32 = state_word(h, 1);
  let c: u32 = state_word(h, 2);
  let d: u32 = state_word(h, 3);
  for (let i: u32 = 0; i < 64; i++) {
    let f: u32 = 0;
    let g: u32 = 0;
    if (i < 16) {
      f = ((b & c) | (~b & d)) >>> 0;
      g = i;
    } else if (i < 32) {
      f = ((d & b) | (~d & c)) >>> 0;
      g = (5 * i + 1) & 15;
    } else if (i < 48) {
      f = (b ^ c ^ d) >>> 0;
      g = (3 * i + 5) & 15;
    } else {
      f = (c ^ (b | ~d)) >>> 0;
      g = (7 * i) & 15;
    }
    const sum: u32 = (a + f + MD5_T[i]! + load_u32(p + g * 4)) >>> 0;
    a = d;
    d = c;
    c = b;
    b = (b + rotl(sum, MD5_S[((i >>> 4) << 2) | (i & 3)]!)) >>> 0;
  }
  state_add(h, 0, a);
  state_add(h, 1, b);
  state_add(h, 2, c);
  state_add(h, 3, d);
}

function hash_block(h: obj, p: u32): void {
  const kind: u32 = HashObj.kind.get(h);
  if (kind === HashKind.Sha256) sha256_block(h, p);
  else if (kind === HashKind.Sha1) sha1_block(h, p);
  else md5_block(h, p);
}

/** Feed len bytes at data: whole blocks go through the compression function, the rest waits. */
function hash_feed(h: obj, data: u32, len: u32): void {
  const lo: u32 = HashObj.len_lo.get(h);
  const new_lo: u32 = (lo + len) >>> 0;
  HashObj.len_lo.set(h, new_lo);
  if (new_lo < lo) HashObj.len_hi.set(h, (HashObj.len_hi.get(h) + 1) >>> 0);
  let used: u32 = HashObj.used.get(h);
  const block: u32 = (h + BLOCK_OFFSET) >>> 0;
  for (let i: u32 = 0; i < len; i++) {
    store_u8(block + used, load_u8(data + i));
    used = (used + 1) >>> 0;
    if (used === 64) {
      hash_block(h, block);
      used = 0;
    }
  }
  HashObj.used.set(h, used);
}

/** Pad and process the last block(s) of h (a copy: this ends its use). */
function hash_finish(h: obj): void {
  const bits_lo: u32 = (HashObj.len_lo.get(h) << 3) >>> 0;
  const bits_hi: u32 = ((HashObj.len_hi.get(h) << 3) | (HashObj.len_lo.get(h) >>> 29)) >>> 0;
  const block: u32 = (h + BLOCK_OFFSET) >>> 0;
  let used: u32 = HashObj.used.get(h);
  store_u8(block + used, 0x80);
  used = (used + 1) >>> 0;
  if (used > 56) {
    while (used < 64) {
      store_u8(block + used, 0);
      used = (used + 1) >>> 0;
    }
    hash_block(h, block);
    used = 0;
  }
  while (used < 56) {
    store_u8(block + used, 0);
    used = (used + 1) >>> 0;
  }
  if (HashObj.kind.get(h) === HashKind.Md5) {
    store_u32(block + 56, bits_lo);
    store_u32(block + 60, bits_hi);
  } else {
    store_be32((block + 56) >>> 0, bits_hi);
    store_be32((block + 60) >>> 0, bits_lo);
  }
  hash_block(h, block);
}

/** A new hash object of the given kind, started, fed with args[0] when given. */
function hash_new(kind: u32, type_id: u32, n_args: u32, args: u32): obj {
  const h: obj = gc_alloc(HASH_OBJ_SIZE);
  if (h === 0) raise_memory_error();
  HashObj.type.set(h, type_word(type_id));
  HashObj.kind.set(h, kind);
  if (kind === HashKind.Sha256) {
    for (let i: u32 = 0; i < 8; i++) store_u32(h + STATE_OFFSET + i * 4, SHA256_INIT[i]!);
  } else if (kind === HashKind.Sha1) {
    for (let i: u32 = 0; i < 5; i++) store_u32(h + STATE_OFFSET + i * 4, SHA1_INIT[i]!);
  } else {
    for (let i: u32 = 0; i < 4; i++) store_u32(h + STATE_OFFSET + i * 4, MD5_INIT[i]!);
  }
  if (n_args > 0) {
    const depth: u32 = gc_root_push(h);
    hash_update_with(h, arg(args, 0));
    gc_root_restore(depth);
  }
  return h;
}

function hash_update_with(h: obj, data: obj): void {
  if (str_is(data) || !buffer_get(data)) {
    const m: Printer = message_begin();
    print_str(m, "object supporting the buffer API required, not '");
    message_type_name(m, data);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  hash_feed(h, buffer_data(), buffer_len());
}

function is_hash(o: obj): bool {
  const t: obj = obj_type(o);
  return t === type_word(TypeId.sha256) || t === type_word(TypeId.sha1) || t === type_word(TypeId.md5);
}

function hash_self(args: u32): obj {
  const h: obj = arg(args, 0);
  if (!is_hash(h)) {
    const m: Printer = message_begin();
    print_str(m, "descriptor requires a hash object, not '");
    message_type_name(m, h);
    print_str(m, "'");
    message_raise(TypeId.TypeError, m);
  }
  return h;
}

export function hashlib_fn_sha256(n_args: u32, n_kw: u32, args: u32): obj {
  return hash_new(HashKind.Sha256, TypeId.sha256, n_args, args);
}

export function hashlib_fn_sha1(n_args: u32, n_kw: u32, args: u32): obj {
  return hash_new(HashKind.Sha1, TypeId.sha1, n_args, args);
}

export function hashlib_fn_md5(n_args: u32, n_kw: u32, args: u32): obj {
  return hash_new(HashKind.Md5, TypeId.md5, n_args, args);
}

/** h.update(data): hash more bytes. */
export function hash_m_update(n_args: u32, n_kw: u32, args: u32): obj {
  const h: obj = hash_self(args);
  hash_update_with(h, arg(args, 1));
  return OBJ_NONE;
}

/** h.digest(): the hash of everything fed so far, as bytes; h itself is left as it was. */
export function hash_m_digest(n_args: u32, n_kw: u32, args: u32): obj {
  const h: obj = hash_self(args);
  const depth: u32 = gc_root_push(h);
  const copy: obj = gc_alloc(HASH_OBJ_SIZE);
  if (copy === 0) raise_memory_error();
  mem_copy(copy, h, HASH_OBJ_SIZE);
  gc_root_push(copy);
  hash_finish(copy);
  const kind: u32 = HashObj.kind.get(copy);
  const words: u32 = kind === HashKind.Sha256 ? 8 : kind === HashKind.Sha1 ? 5 : 4;
  const out: obj = bytes_new_uninit(TypeId.bytes, words * 4);
  const data: u32 = StrObj.data.get(out);
  for (let i: u32 = 0; i < words; i++) {
    const w: u32 = state_word(copy, i);
    if (kind === HashKind.Md5) store_u32(data + i * 4, w);
    else store_be32((data + i * 4) >>> 0, w);
  }
  gc_root_restore(depth);
  return bytes_seal(out);
}
