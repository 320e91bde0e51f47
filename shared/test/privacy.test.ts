// Personal data: resident ID numbers checked to GB 11643-1999, and the masks shown to those who
// may not see an ID number, a phone number or a name whole.
import { IdNumberSchema, MobileSchema, isValidIdNumber, maskIdNumber, maskName, maskPhone } from '@app/shared';

/** GB 11643-1999 check character (ISO 7064 MOD 11-2), written out here independently. */
function checkChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const weight = 2 ** (17 - i) % 11; // the position weights are 2^(n-1) mod 11, n = 18 … 2
    sum += weight * Number(first17[i]);
  }
  const value = (12 - (sum % 11)) % 11;
  return value === 10 ? 'X' : String(value);
}

/** An ID number for a region code, a birth date (YYYYMMDD) and a 3-digit sequence, with its check character. */
const idFor = (region: string, birth: string, sequence: string) => {
  const first17 = `${region}${birth}${sequence}`;
  return first17 + checkChar(first17);
};

/** The same number with a different, wrong check character. */
const withWrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

describe('resident ID numbers (GB 11643-1999)', () => {
  test('the check character helper reproduces the published samples', () => {
    expect(checkChar('11010519491231002')).toBe('X');
    expect(checkChar('44052418800101001')).toBe('4');
  });

  test('the standard’s sample 11010519491231002X is valid', () => {
    expect(isValidIdNumber('11010519491231002X')).toBe(true);
  });

  test.each([
    ['a Baotou Kundulun resident born in 1985', idFor('150203', '19850612', '123')],
    ['a resident born on a leap day', idFor('150203', '20000229', '042')],
    ['a resident born on 1 January 1900', idFor('150203', '19000101', '001')],
    ['a young resident born in 2015', idFor('150204', '20151231', '568')],
  ])('%s has a valid ID number', (_who, id) => {
    expect(isValidIdNumber(id)).toBe(true);
  });

  test('numbers whose check character is X, 0 and every other digit are all accepted', () => {
    const seen = new Set<string>();
    for (let seq = 100; seq < 200 && seen.size < 11; seq += 1) {
      const id = idFor('150203', '19900101', String(seq));
      expect(isValidIdNumber(id)).toBe(true);
      seen.add(id[17]);
    }
    expect(seen).toEqual(new Set(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']));
  });

  test('a wrong check character is refused', () => {
    expect(isValidIdNumber('110105194912310021')).toBe(false);
    expect(isValidIdNumber(withWrongCheck(idFor('150203', '19850612', '123')))).toBe(false);
  });

  test('a single mistyped digit is caught by the check character', () => {
    const id = idFor('150203', '19850612', '123');
    for (let i = 0; i < 17; i += 1) {
      const digit = String((Number(id[i]) + 1) % 10);
      expect(isValidIdNumber(id.slice(0, i) + digit + id.slice(i + 1))).toBe(false);
    }
  });

  test.each([
    ['30 February', '20010230'],
    ['31 April', '19990431'],
    ['29 February of a common year', '20230229'],
    ['month 13', '19901301'],
    ['day 0', '19900100'],
  ])('a birth date of %s is refused even with a matching check character', (_what, birth) => {
    expect(isValidIdNumber(idFor('150203', birth, '123'))).toBe(false);
  });

  test('a birth date in the future is refused', () => {
    expect(isValidIdNumber(idFor('150203', '20991231', '123'))).toBe(false);
  });

  test('a birth date before 1900 is refused, though the standard’s old sample 440524188001010014 has a right check character', () => {
    expect(checkChar('44052418800101001')).toBe('4');
    expect(isValidIdNumber('440524188001010014')).toBe(false);
  });

  test('wrong length, spaces, letters and the old 15-digit format are refused', () => {
    expect(isValidIdNumber('11010519491231002')).toBe(false);
    expect(isValidIdNumber('11010519491231002XX')).toBe(false);
    expect(isValidIdNumber('110105 19491231002X')).toBe(false);
    expect(isValidIdNumber('11010519491231A02X')).toBe(false);
    expect(isValidIdNumber('110105491231002')).toBe(false);
    expect(isValidIdNumber('')).toBe(false);
  });

  test('the check itself is strict about a lowercase x', () => {
    expect(isValidIdNumber('11010519491231002x')).toBe(false);
  });

  test('a resident who types a lowercase x and spaces around it gets the number accepted and normalised', () => {
    expect(IdNumberSchema.parse(' 11010519491231002x ')).toBe('11010519491231002X');
  });

  test('the schema refuses a wrong number with a Chinese message', () => {
    const result = IdNumberSchema.safeParse('110105194912310021');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].message).toBe('身份证号码格式或校验位有误');
  });
});

describe('masks (minimum necessary)', () => {
  test('an ID number shows its first three and last four characters only', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110***********002X');
    expect(maskIdNumber('11010519491231002X')).toHaveLength(18);
  });

  test('a short or empty value is hidden entirely', () => {
    expect(maskIdNumber('1234567')).toBe('*******');
    expect(maskIdNumber('12345678')).toBe('123*5678');
    expect(maskIdNumber('')).toBe('');
  });

  test('a mobile number shows 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  test('spaces typed in a phone number are ignored before masking', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone(' 13812345678 ')).toBe('138****5678');
  });

  test('a landline keeps its first three and last four characters likewise', () => {
    expect(maskPhone('0472-1234567')).toBe('047*****4567');
  });

  test('a short number is hidden entirely', () => {
    expect(maskPhone('1234567')).toBe('*******');
  });

  test.each([
    ['张', '张'],
    ['张三', '张*'],
    ['张三丰', '张*丰'],
    ['欧阳晓锋', '欧**锋'],
    ['买买提·艾力', '买****力'],
  ])('the name %s is shown as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  test('a masked name never shows more than its first and last characters', () => {
    for (const name of ['张三丰', '欧阳晓锋', '司马相如文']) {
      const chars = Array.from(maskName(name));
      expect(chars.slice(1, -1).every((c) => c === '*')).toBe(true);
      expect(chars).toHaveLength(Array.from(name).length);
    }
  });

  test('surrounding spaces are trimmed, and characters outside the basic plane count as one', () => {
    expect(maskName(' 张三 ')).toBe('张*');
    expect(maskName('𠀋小明')).toBe('𠀋*明');
  });
});

describe('mobile numbers', () => {
  test.each(['13812345678', '15047201234', '19912345678', '16600000000'])('%s is a mainland mobile number', (mobile) => {
    expect(MobileSchema.safeParse(mobile).success).toBe(true);
  });

  test.each([
    ['a number starting 12', '12812345678'],
    ['ten digits', '1381234567'],
    ['twelve digits', '138123456789'],
    ['the country code', '+8613812345678'],
    ['spaces', '138 1234 5678'],
    ['a landline', '0472-1234567'],
    ['letters', '1381234567a'],
  ])('%s is refused', (_what, mobile) => {
    expect(MobileSchema.safeParse(mobile).success).toBe(false);
  });

  test('the refusal tells the resident in Chinese what is expected', () => {
    expect(MobileSchema.safeParse('123').error?.issues[0].message).toBe('请输入 11 位手机号码');
  });
});
