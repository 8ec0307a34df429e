// Phone numbers as the front desk reads and types them, for a hotel in the United States.

import { describe, expect, it } from 'vitest';
import { telHref } from '../../src/staff/html/html.ts';
import { PhoneFormat } from '../../src/staff/phone-format.ts';

const us = new PhoneFormat('US');

describe('phone numbers on the staff pages', () => {
  it("reads a number of the hotel's country nationally and any other internationally", () => {
    expect(us.display('+12125550123')).toBe('(212) 555-0123');
    expect(us.display('+525512345678')).toBe('+52 55 1234 5678');
    expect(us.display('+447700900123')).toBe('+44 7700 900123');
    expect(us.display('anonymous')).toBe('anonymous');
  });

  it('reads a Mexican mobile that still sends the retired 1 as the line it is', () => {
    expect(us.display('+5215512345678')).toBe('+52 55 1234 5678');
  });

  it('turns a number written any way into the same digits to search for', () => {
    for (const typed of ['(212) 555-0123', '212.555.0123', '+1 212 555 0123', '001 212 555 0123', '+12125550123']) {
      expect(us.searchDigits(typed), typed).toBe('2125550123');
    }
    // With or without the retired 1, and from abroad with 00: the digits both stored forms contain.
    for (const typed of ['+52 1 55 1234 5678', '+52 55 1234 5678', '0052 1 55 1234 5678', '+5215512345678']) {
      expect(us.searchDigits(typed), typed).toBe('5512345678');
    }
    expect(us.searchDigits('0123')).toBe('0123');
  });
});

describe('call links on the staff pages', () => {
  it('links an ordinary number and never a premium-rate or shared-cost line', () => {
    expect(telHref('+1 (212) 555-0123')).toBe('tel:+12125550123');
    expect(telHref('+525512345678')).toBe('tel:+525512345678');
    expect(telHref('+19005550100')).toBeNull();
    expect(telHref('+448712345678')).toBeNull();
    expect(telHref('javascript:alert(1)')).toBeNull();
  });
});
