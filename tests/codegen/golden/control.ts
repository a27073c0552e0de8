// try/catch, raise, a layout and a switch, as C.
import { raise, caught, layout, field_u32, field_ref, type i32, type u32, type ref } from "../../../core/subset/index.js";

export const Node2 = layout("Node2", { value: field_u32, next: field_ref });

const enum Kind {
  Small,
  Large = 100,
}

function kind_of(v: u32): Kind {
  return v < 100 ? Kind.Small : Kind.Large;
}

export function sum_list(head: ref): u32 {
  let total: u32 = 0;
  for (let p: ref = head; p !== 0; p = Node2.next.get(p)) {
    switch (kind_of(Node2.value.get(p))) {
      case Kind.Small:
        total = (total + Node2.value.get(p)) >>> 0;
        break;
      default:
        raise(Node2.value.get(p));
    }
  }
  return total;
}

export function checked_sum(head: ref): i32 {
  try {
    return sum_list(head) | 0;
  } catch (e) {
    return 0 - (caught(e) & 0xffff);
  }
}
