// 蒙古文名称 on the bureau's network page in jsdom: the bureau writes a service point's name and
// address in Mongolian; blank fields are left out (cleared); Chinese in them is refused with the
// reason before anything is sent.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { DepartmentSchema, ServicePointSchema } from '@app/shared';
import Taro, { requestMock } from './mocks/taro';
import { UnitMongolian } from '../src/components/bureau/UnitMongolian';
import { demoDepartments, demoPoints } from '../../functions/local/demoData';

const point = ServicePointSchema.parse({ ...demoPoints.find((p) => p.id === 'pt-lyl')!, nameMn: undefined });
const department = DepartmentSchema.parse(demoDepartments.find((d) => d.id === 'dept-scjg'));
const NAME_MN = 'ᠯᠢᠨ ᠢᠨ ᠵᠠᠮ ᠭᠤᠳᠤᠮᠵᠢ\u202Fᠶᠢᠨ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠲᠥᠪ';

type Sent = { url: string; method: string; data?: Record<string, unknown> };
const sent = () => requestMock.mock.calls.map(([options]) => options as Sent);
const field = (container: HTMLElement, key: string) => container.querySelector(`.unit-mn-input--${key} input, input.unit-mn-input--${key}`) as HTMLInputElement;
const type = (element: Element, value: string) => fireEvent.change(element, { target: { value } });

beforeEach(() => {
  requestMock.mockReset();
  Taro.setStorageSync('session.token', 'token-bureau');
});

test("the bureau names a service point in Mongolian: the PUT carries the name and leaves the blank address out", async () => {
  requestMock.mockResolvedValue({ statusCode: 200, data: { ...point, nameMn: NAME_MN } });
  const onSaved = jest.fn();
  const { container } = render(<UnitMongolian unit={{ kind: 'servicePoint', point }} onSaved={onSaved} onClose={jest.fn()} />);
  type(field(container, 'nameMn'), NAME_MN);
  await act(async () => {
    fireEvent.click(screen.getByText('保存蒙古文'));
  });
  expect(sent()).toEqual([expect.objectContaining({ method: 'PUT', url: 'http://api.test/network/points/pt-lyl/mongolian', data: { nameMn: NAME_MN } })]);
  expect(onSaved).toHaveBeenCalledTimes(1);
  expect(screen.getByText('已保存')).toBeTruthy();
});

test('emptying a department’s Mongolian name clears it, and the bureau is told the Chinese will show', async () => {
  requestMock.mockResolvedValue({ statusCode: 200, data: { ...department, nameMn: undefined } });
  const { container } = render(<UnitMongolian unit={{ kind: 'department', department }} onSaved={jest.fn()} onClose={jest.fn()} />);
  expect(field(container, 'nameMn').value).toBe(department.nameMn);
  expect(field(container, 'addressMn')).toBeNull();
  type(field(container, 'nameMn'), '  ');
  await act(async () => {
    fireEvent.click(screen.getByText('保存蒙古文'));
  });
  expect(sent()).toEqual([expect.objectContaining({ method: 'PUT', url: 'http://api.test/network/departments/dept-scjg/mongolian', data: {} })]);
  expect(screen.getByText('已清除，蒙古文界面将显示中文')).toBeTruthy();
});

test('Chinese in the Mongolian address is refused at once, with the reason, and nothing is sent', async () => {
  const { container } = render(<UnitMongolian unit={{ kind: 'servicePoint', point }} onSaved={jest.fn()} onClose={jest.fn()} />);
  type(field(container, 'addressMn'), '林荫路16号');
  expect(container.querySelector('.unit-mn-error--addressMn')?.textContent).toMatch(/蒙古文字段不能包含汉字/);
  await act(async () => {
    fireEvent.click(screen.getByText('保存蒙古文'));
  });
  expect(requestMock).not.toHaveBeenCalled();
});
