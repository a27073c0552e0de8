// FAT timestamps (core/FAT.md): directory entries hold a local date and time in DOS form
// (date = (year - 1980) << 9 | month << 5 | day, time = hour << 11 | minute << 5 |
// second / 2). Pyxis has no time zones: the stamps are UTC, as MicroPython's are.

import { type f64, type u32 } from "./subset/index.js";

const DOS_EPOCH_DAYS: f64 = 3652; // 1970-01-01 to 1980-01-01
const SECONDS_PER_DAY: f64 = 86400;

/** Days from 1970-01-01 to year-month-day (month 1..12); years from 1980 on. */
function days_from_civil(year: f64, month: f64, day: f64): f64 {
  const y: f64 = month <= 2 ? year - 1 : year;
  const era: f64 = Math.floor(y / 400);
  const yoe: f64 = y - era * 400;
  const mp: f64 = month > 2 ? month - 3 : month + 9;
  const doy: f64 = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe: f64 = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Now as (DOS date << 16) | DOS time; 1980-01-01 00:00 for a clock before 1980 or after 2107. */
export function fat_now(): u32 {
  const secs: f64 = Math.floor(Number(hal_rtc_time_us()) / 1e6);
  const days: f64 = Math.floor(secs / SECONDS_PER_DAY);
  if (days < DOS_EPOCH_DAYS || days > 50000) return (33 << 16) >>> 0;
  const rem: u32 = (secs - days * SECONDS_PER_DAY) >>> 0;
  const z: f64 = days + 719468;
  const era: f64 = Math.floor(z / 146097);
  const doe: f64 = z - era * 146097;
  const yoe: f64 = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy: f64 = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp: f64 = Math.floor((5 * doy + 2) / 153);
  const day: u32 = (doy - Math.floor((153 * mp + 2) / 5) + 1) >>> 0;
  const month: u32 = (mp < 10 ? mp + 3 : mp - 9) >>> 0;
  const year: u32 = (yoe + era * 400 + (month <= 2 ? 1 : 0)) >>> 0;
  const date: u32 = ((((year - 1980) & 0x7f) << 9) | ((month & 15) << 5) | (day & 31)) >>> 0;
  const hour: u32 = ((rem / 3600) >>> 0) & 31;
  const minute: u32 = (((rem % 3600) / 60) >>> 0) & 63;
  const time: u32 = ((hour << 11) | (minute << 5) | (((rem % 60) >>> 1) & 31)) >>> 0;
  return ((date << 16) | time) >>> 0;
}

/** Seconds since 1970 of a DOS date and time (0 for a date of 0, as no date). */
export function fat_stamp_seconds(date: u32, time: u32): u32 {
  if (date === 0) return 0;
  const month: u32 = (date >>> 5) & 15;
  const days: f64 = days_from_civil((date >>> 9) + 1980, month === 0 ? 1 : month, (date & 31) === 0 ? 1 : date & 31);
  const t: u32 = time & 0xffff;
  const secs: f64 = days * SECONDS_PER_DAY + (t >>> 11) * 3600 + ((t >>> 5) & 63) * 60 + (t & 31) * 2;
  return secs < 0 ? 0 : secs >>> 0;
}
