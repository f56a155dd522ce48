import { asIsoDate } from '@signaalreis/core';
import { describe, expect, it } from 'vitest';
import {
  compareBirthDates,
  compareInitials,
  compareNames,
  isPlaceholderBirthDate,
  nameWords,
  normaliseInitials,
} from './index';

describe('nameWords', () => {
  it('lowercases, strips diacritics and splits on hyphens, apostrophes and spaces', () => {
    expect(nameWords("Jansen-d'Oliveira")).toEqual(['jansen', 'd', 'oliveira']);
    expect(nameWords('  Çelik  Öztürk ')).toEqual(['celik', 'ozturk']);
    expect(nameWords(undefined)).toEqual([]);
    expect(nameWords('Strauß Ørsted Łukasz')).toEqual(['strauss', 'orsted', 'lukasz']);
  });
});

describe('compareNames', () => {
  it('treats the prefix joined, split or capitalised as the same name', () => {
    expect(compareNames({ prefix: 'van der', surname: 'Berg' }, { surname: 'Van Der Berg' })).toBe('same');
    expect(compareNames({ surname: 'Vanderberg' }, { prefix: 'van der', surname: 'Berg' })).toBe('same');
    expect(compareNames({ surname: 'Müller' }, { surname: 'MULLER' })).toBe('same');
  });
  it('tolerates swapped name parts, double surnames and a missing prefix', () => {
    expect(compareNames({ surname: 'Ahmed Mohamed' }, { surname: 'Mohamed Ahmed' })).toBe('tolerated');
    expect(compareNames({ surname: 'Jansen-de Vries' }, { prefix: 'de', surname: 'Vries' })).toBe(
      'tolerated',
    );
    expect(compareNames({ surname: 'Jansen' }, { surname: 'Jansen-de Vries' })).toBe('tolerated');
    expect(compareNames({ surname: 'Dijk' }, { prefix: 'van', surname: 'Dijk' })).toBe('tolerated');
  });
  it('does not match different names, or names that share only a particle', () => {
    expect(compareNames({ surname: 'Jansen' }, { surname: 'Pietersen' })).toBe('none');
    expect(compareNames({ prefix: 'de', surname: 'Vries' }, { prefix: 'de', surname: 'Jong' })).toBe('none');
    expect(compareNames({ surname: 'Ahmed' }, { surname: 'Ahmed Ahmed' })).toBe('tolerated');
    expect(compareNames({ surname: 'Ahmed Ahmed' }, { surname: 'Ahmed Ali' })).toBe('none');
    expect(compareNames({ surname: '---' }, { surname: 'Jansen' })).toBe('none');
  });
});

describe('initials', () => {
  it('normalises and compares by prefix', () => {
    expect(normaliseInitials(' j. p. ')).toBe('JP');
    expect(compareInitials('J.', 'J.P.')).toBe('agree');
    expect(compareInitials('JP', 'j.p.')).toBe('agree');
    expect(compareInitials('M.', 'J.')).toBe('differ');
    expect(compareInitials('', 'J.')).toBe('unknown');
    expect(compareInitials('J', undefined)).toBe('unknown');
  });
});

describe('birth dates', () => {
  it('treats 2000-01-01 and 1900-01-01 as placeholders', () => {
    expect(isPlaceholderBirthDate(asIsoDate('2000-01-01'))).toBe(true);
    expect(isPlaceholderBirthDate(asIsoDate('1900-01-01'))).toBe(true);
    expect(isPlaceholderBirthDate(asIsoDate('2000-01-02'))).toBe(false);
    expect(isPlaceholderBirthDate(undefined)).toBe(false);
  });
  it('never lets a placeholder or a 1 January conflict, but does let other dates', () => {
    expect(compareBirthDates(asIsoDate('1980-05-17'), asIsoDate('1980-05-17'))).toBe('agree');
    expect(compareBirthDates(asIsoDate('2000-01-01'), asIsoDate('2000-01-01'))).toBe('unknown');
    expect(compareBirthDates(asIsoDate('2000-01-01'), asIsoDate('1980-05-17'))).toBe('unknown');
    expect(compareBirthDates(asIsoDate('1980-05-17'), asIsoDate('1900-01-01'))).toBe('unknown');
    expect(compareBirthDates(asIsoDate('1985-01-01'), asIsoDate('1985-03-12'))).toBe('unknown');
    expect(compareBirthDates(asIsoDate('1985-01-01'), asIsoDate('1985-01-01'))).toBe('agree');
    expect(compareBirthDates(undefined, asIsoDate('1985-03-12'))).toBe('unknown');
    expect(compareBirthDates(asIsoDate('1980-05-18'), asIsoDate('1980-05-17'))).toBe('conflict');
  });
});
