import { describe, expect, it } from 'vitest';
import { getDomain } from './tldts-lite';

describe('tldts-lite getDomain', () => {
  it('keeps the last two labels of a host name', () => {
    expect(getDomain('www.sante.example.fr')).toBe('example.fr');
    expect(getDomain('dmp-simulateur.example')).toBe('dmp-simulateur.example');
  });
  it('has no registrable domain for IPs and single labels', () => {
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('::1')).toBeNull();
    expect(getDomain('localhost')).toBeNull();
  });
});
