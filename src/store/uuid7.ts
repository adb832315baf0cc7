import { randomUUID } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Within one millisecond the
 * 12-bit `rand_a` field counts up (RFC 9562 §6.2, method 1), so ids made here sort in creation order.
 */
export function uuid7(now = Date.now()): string {
  if (now > lastMs) {
    lastMs = now;
    sequence = Math.floor(Math.random() * 0x800); // leaves room to count up
  } else if (++sequence > 0xfff) {
    lastMs += 1; // the counter ran out: borrow the next millisecond
    sequence = 0;
  }
  // randomUUID draws from a cached entropy pool; its variant bits are already RFC 9562's.
  const random = randomUUID();
  const time = lastMs.toString(16).padStart(12, '0');
  const versionAndSequence = (0x7000 | sequence).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8)}-${versionAndSequence}-${random.slice(19)}`;
}
