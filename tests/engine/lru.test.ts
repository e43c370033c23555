import { describe, expect, it } from 'vitest';
import { Lru } from '../../lib/engine/lru';

describe('Lru', () => {
  it('evicts the least recently used entry past its size; a read counts as a use', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect(c.get('a')).toBe(1);
    expect(c.get('c')).toBe(3);
    expect(c.entries).toBe(2);
  });

  it('has() tells whether an entry is held without counting as a use', () => {
    const c = new Lru<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.has('a')).toBe(true);
    expect(c.has('z')).toBe(false);
    c.set('c', 3);
    // 'a' was only asked about, not read: it is still the least recently used, and goes.
    expect(c.has('a')).toBe(false);
    expect(c.get('b')).toBe(2);
  });

  it('holds more while reserved, and shrinks back to the most recent entries on release', () => {
    const c = new Lru<number, number>(2);
    const release = c.reserve(5);
    for (let i = 0; i < 5; i++) c.set(i, i);
    // A second pass in order finds every entry (without the reservation it would find none).
    for (let i = 0; i < 5; i++) expect(c.get(i)).toBe(i);
    release();
    expect(c.entries).toBe(2);
    expect(c.get(4)).toBe(4);
    expect(c.get(3)).toBe(3);
    expect(c.get(0)).toBeUndefined();
    release();
    expect(c.capacity).toBe(2);
  });

  it('keeps the largest of overlapping reservations until each is released', () => {
    const c = new Lru<number, number>(1);
    const a = c.reserve(3);
    const b = c.reserve(10);
    expect(c.capacity).toBe(10);
    b();
    expect(c.capacity).toBe(3);
    a();
    expect(c.capacity).toBe(1);
  });

  it('keeps an entry read within the last capacity/2 writes, and never holds more than its capacity', () => {
    const c = new Lru<number, number>(10);
    for (let i = 0; i < 10; i++) c.set(i, i);
    // Entry 0 is the oldest; read now, it moves to the recent end and outlives the next nine writes.
    expect(c.get(0)).toBe(0);
    for (let i = 10; i < 19; i++) c.set(i, i);
    expect(c.entries).toBe(10);
    expect(c.get(0)).toBe(0);
    expect(c.get(1)).toBeUndefined();
    // Entry 18, read while among the newest half, stays where it is: still there after four more writes.
    expect(c.get(18)).toBe(18);
    for (let i = 19; i < 23; i++) c.set(i, i);
    expect(c.get(18)).toBe(18);
    expect(c.entries).toBe(10);
  });

  it('getOr makes a missing value once and stores it; a stored null is a value, not a miss', () => {
    const c = new Lru<string, number | null>(4);
    let made = 0;
    const make = (k: string) => (made++, k === 'none' ? null : k.length);
    expect(c.getOr('abc', make)).toBe(3);
    expect(c.getOr('abc', make)).toBe(3);
    expect(c.getOr('none', make)).toBeNull();
    expect(c.getOr('none', make)).toBeNull();
    expect(made).toBe(2);
    expect(c.get('abc')).toBe(3);
    c.clear();
    expect(c.getOr('abc', make)).toBe(3);
    expect(made).toBe(3);
  });
});
