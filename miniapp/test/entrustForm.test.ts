// The entrustment's contact form, as a resident fills it in: what is accepted, what is refused and
// with which Chinese message, and what is sent to the API.
import {
  contactFieldError,
  EMPTY_CONTACT,
  normaliseContact,
  phoneInput,
  toApplicant,
  validateContact,
  type ContactDraft,
} from '../src/components/entrust/contactForm';

const filled = (patch: Partial<ContactDraft> = {}): ContactDraft => ({ ...EMPTY_CONTACT, name: '张丽', phone: '13812345678', ...patch });

describe('a resident filling in the contact step', () => {
  it('goes on with a name and a mobile number, and sends only those', () => {
    expect(validateContact(filled())).toEqual({});
    expect(toApplicant(filled())).toEqual({ ok: true, applicant: { name: '张丽', phone: '13812345678' } });
  });

  it('is told to fill in the name and the phone when both are empty', () => {
    const result = toApplicant(EMPTY_CONTACT);
    expect(result).toEqual({ ok: false, errors: { name: '请填写申请人姓名', phone: '请填写手机号码' } });
  });

  it('cannot use a landline, a short number or a number not starting with 13–19', () => {
    for (const phone of ['0472-1234567', '1381234567', '12812345678', '138123456789']) {
      expect(contactFieldError('phone', filled({ phone }))).toBe('请输入 11 位手机号码');
    }
  });

  it('may type the phone with spaces or dashes; they are dropped', () => {
    const result = toApplicant(filled({ phone: '138 1234-5678' }));
    expect(result.ok && result.applicant.phone).toBe('13812345678');
  });

  it('keeps only digits, at most 11, while typing the phone', () => {
    expect(phoneInput('138a1234 56789')).toBe('13812345678');
  });

  it('has a name of at most 30 characters, surrounding spaces ignored', () => {
    expect(contactFieldError('name', filled({ name: '   ' }))).toBe('请填写申请人姓名');
    expect(contactFieldError('name', filled({ name: '阿'.repeat(31) }))).toBe('姓名不超过 30 个字');
    expect(contactFieldError('name', filled({ name: ` ${'阿'.repeat(30)} ` }))).toBeUndefined();
    // The shared free-text rule, as the API applies it: a pasted direction override is named at once.
    expect(contactFieldError('name', filled({ name: '王\u202e强gnp.exe' }))).toBe('姓名不能包含控制字符、文字方向控制符或无效字符');
    expect(contactFieldError('enterpriseName', filled({ enterpriseName: '某\u0007公司' }))).toBe('企业名称不能包含控制字符、文字方向控制符或无效字符');
    expect(contactFieldError('note', filled({ note: '第一行\n第二行' }))).toBeUndefined();
  });

  it('acting for an enterprise sends its name and an upper-cased credit code', () => {
    const result = toApplicant(filled({ enterpriseName: ' 包头市某某机械有限公司 ', creditCode: '91150203ma0n1xyw3k' }));
    expect(result).toEqual({
      ok: true,
      applicant: { name: '张丽', phone: '13812345678', enterpriseName: '包头市某某机械有限公司', creditCode: '91150203MA0N1XYW3K' },
    });
  });

  it('is refused a credit code of the wrong shape', () => {
    expect(contactFieldError('creditCode', filled({ enterpriseName: '某公司', creditCode: '1234' }))).toBe('统一社会信用代码格式有误');
    // I, O, S, V and Z are not used in credit codes.
    expect(contactFieldError('creditCode', filled({ enterpriseName: '某公司', creditCode: '91150203MA0N1XYW3O' }))).toBe('统一社会信用代码格式有误');
  });

  it('must name the enterprise when giving its credit code', () => {
    expect(contactFieldError('enterpriseName', filled({ creditCode: '91150203MA0N1XYW3K' }))).toBe('填写统一社会信用代码时，请同时填写企业名称');
  });

  it('may give an enterprise name without a credit code', () => {
    expect(toApplicant(filled({ enterpriseName: '某个体工商户' }))).toEqual({
      ok: true,
      applicant: { name: '张丽', phone: '13812345678', enterpriseName: '某个体工商户' },
    });
  });

  it('may add a note of up to 500 characters, sent beside the applicant', () => {
    expect(toApplicant(filled({ note: ' 周三上午方便 ' }))).toEqual({ ok: true, applicant: { name: '张丽', phone: '13812345678' }, note: '周三上午方便' });
    expect(contactFieldError('note', filled({ note: '字'.repeat(501) }))).toBe('备注不超过 500 个字');
  });

  it('takes an optional ID number, checked with its check character, sent upper case', () => {
    // 150102 19900307 773 + check character computed by GB 11643.
    const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const first = '15010219900307773';
    const check = '10X98765432'[w.reduce((acc, x, i) => acc + x * Number(first[i]), 0) % 11];
    const valid = `${first}${check}`;
    expect(toApplicant(filled({ idNumber: valid.toLowerCase() }))).toEqual({ ok: true, applicant: { name: '张丽', phone: '13812345678', idNumber: valid } });
    const wrong = `${first}${check === '1' ? '2' : '1'}`;
    expect(contactFieldError('idNumber', filled({ idNumber: wrong }))).toBe('身份证号码格式或校验位有误');
    expect(contactFieldError('idNumber', filled({ idNumber: '' }))).toBeUndefined();
  });

  it('normalises without changing what the user may still be typing elsewhere', () => {
    expect(normaliseContact({ name: ' 王强 ', phone: '139-0000-1111', idNumber: ' 15010219900307771x ', enterpriseName: '', creditCode: ' 91 ', note: '' })).toEqual({
      name: '王强',
      phone: '13900001111',
      idNumber: '15010219900307771X',
      enterpriseName: '',
      creditCode: '91',
      note: '',
    });
  });
});
