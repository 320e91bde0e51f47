// The case pages' wording and mappings, as a resident reads them: stars ↔ 好差评 levels, timeline lines, material states.
import type { CaseEvent, Material } from '@app/shared';
import {
  actorText,
  escalationText,
  eventDetails,
  eventTitle,
  STALE_MESSAGE,
  isCaseOpen,
  latestMaterial,
  levelForStars,
  materialStatus,
  starsForLevel,
  supplementHandedIn,
  uploadFileName,
} from '../src/components/case/caseLogic';

const at = '2026-11-25T03:14:00Z';
const event = (over: Partial<CaseEvent>): CaseEvent => ({ id: 'e1', at, actor: { role: 'agent', name: '李明' }, action: 'accept', ...over });
const material = (over: Partial<Material>): Material => ({
  id: 'm1',
  caseId: 'c1',
  materialSpecId: 'premises',
  name: '住所使用证明',
  kind: 'file',
  status: 'pending',
  uploadedBy: { userId: 'u-resident-1', role: 'resident', name: '张丽' },
  uploadedAt: at,
  ...over,
});

describe('rating stars', () => {
  it('five stars is 非常满意 and one star is 非常不满意', () => {
    expect(levelForStars(5)).toBe('verySatisfied');
    expect(levelForStars(4)).toBe('satisfied');
    expect(levelForStars(3)).toBe('basicallySatisfied');
    expect(levelForStars(2)).toBe('dissatisfied');
    expect(levelForStars(1)).toBe('veryDissatisfied');
  });

  it('no stars (or a half star) is no rating yet', () => {
    expect(levelForStars(0)).toBeUndefined();
    expect(levelForStars(2.5)).toBeUndefined();
    expect(levelForStars(6)).toBeUndefined();
  });

  it('maps back and forth for every level', () => {
    for (let stars = 1; stars <= 5; stars += 1) expect(starsForLevel(levelForStars(stars)!)).toBe(stars);
  });
});

describe('timeline wording', () => {
  it('names who acted and in which role', () => {
    expect(actorText({ role: 'resident', name: '张丽' })).toBe('张丽（申请人）');
    expect(actorText({ role: 'agent', name: '李明' })).toBe('李明（代办帮办员）');
    expect(actorText({ role: 'bureau', name: '王科长' })).toBe('王科长（政务服务局）');
    expect(actorText({ role: 'system', name: '系统分派' })).toBe('系统分派');
  });

  it('uses the lifecycle label for lifecycle actions', () => {
    expect(eventTitle(event({ action: 'accept' }))).toBe('受理');
    expect(eventTitle(event({ action: 'requestSupplement' }))).toBe('要求补正');
  });

  it('words the events that are not lifecycle actions', () => {
    expect(eventTitle(event({ action: 'route' }))).toBe('分派经办人');
    expect(eventTitle(event({ action: 'uploadMaterial' }))).toBe('上传材料');
    expect(eventTitle(event({ action: 'commitMaterial' }))).toBe('告知承诺');
    expect(eventTitle(event({ action: 'reviewMaterial', data: { decision: 'accepted' } }))).toBe('材料审核通过');
    expect(eventTitle(event({ action: 'reviewMaterial', data: { decision: 'rejected', reason: '模糊' } }))).toBe('材料退回');
    expect(eventTitle(event({ action: 'book' }))).toBe('预约办理');
    expect(eventTitle(event({ action: 'cancelBooking' }))).toBe('取消预约');
    expect(eventTitle(event({ action: 'checkIn' }))).toBe('到点签到');
  });

  it('says where an escalated case went, and what a supplement asks for', () => {
    expect(eventDetails(event({ action: 'escalate', data: { authorityKind: 'upperLevel', authority: '包头市民政局' }, note: '涉及跨区户籍核查' }))).toEqual([
      '上报至包头市民政局（上级部门）',
      '涉及跨区户籍核查',
    ]);
    expect(eventDetails(event({ action: 'requestSupplement', data: { items: [{ name: '住所使用证明', reason: '缺签章' }] } }))).toEqual(['需补正：住所使用证明']);
    expect(eventDetails(event({ action: 'book', data: { pointName: '政务服务中心', date: '2026-12-02', time: '09:00' } }))).toEqual(['政务服务中心 2026-12-02 09:00']);
  });

  it('ignores data of an unexpected shape rather than failing', () => {
    expect(eventDetails(event({ action: 'splitSubTasks', data: { tasks: 'x' } }))).toEqual([]);
    expect(eventDetails(event({ action: 'feedBackResult', data: { outcome: 'toString' } }))).toEqual([]);
  });

  it('says after a stale write that the case was refreshed', () => {
    expect(STALE_MESSAGE).toBe('办件已被他人更新，已为您刷新，请确认后再操作');
  });

  it('tells honestly that an escalated case is with another authority', () => {
    const text = escalationText({ authorityKind: 'upperLevel', authority: '包头市民政局', reason: 'r', at });
    expect(text).toContain('已上报包头市民政局');
    expect(text).toContain('由该部门办理');
  });
});

describe('materials', () => {
  const spec = { id: 'premises' };

  it('is 未上传 until something is handed in', () => {
    expect(materialStatus(spec, [])).toBe('missing');
    expect(materialStatus(spec, [material({ materialSpecId: 'other' })])).toBe('missing');
  });

  it('takes the latest hand-in: a re-upload after a rejection is pending again', () => {
    const rejected = material({ id: 'm1', status: 'rejected', reviewNote: '缺签章', uploadedAt: '2026-11-25T03:00:00Z' });
    const again = material({ id: 'm2', status: 'pending', uploadedAt: '2026-11-26T03:00:00Z' });
    expect(materialStatus(spec, [again, rejected])).toBe('pending');
    expect(latestMaterial(spec, [rejected, again])?.id).toBe('m2');
    expect(materialStatus(spec, [rejected])).toBe('rejected');
  });

  it('counts a supplement item as handed in only by an upload after the request', () => {
    const requestedAt = '2026-11-25T05:00:00Z';
    expect(supplementHandedIn({ materialSpecId: 'premises' }, [material({ uploadedAt: '2026-11-25T03:00:00Z' })], requestedAt)).toBe(false);
    expect(supplementHandedIn({ materialSpecId: 'premises' }, [material({ uploadedAt: '2026-11-25T06:00:00Z' })], requestedAt)).toBe(true);
    expect(supplementHandedIn({}, [], requestedAt)).toBeUndefined();
  });

  it('names an upload after the type really sent', () => {
    expect(uploadFileName('住所使用证明', 'image/jpeg', 'lease.png')).toBe('lease.jpg');
    expect(uploadFileName('住所使用证明', 'image/png')).toBe('住所使用证明.png');
    expect(uploadFileName('营业执照', 'application/pdf', 'C:\\docs\\执照.pdf')).toBe('执照.pdf');
  });

  it('uploads only while the case is being worked', () => {
    expect(isCaseOpen('supplementRequested')).toBe(true);
    expect(isCaseOpen('resultFedBack')).toBe(false);
    expect(isCaseOpen('withdrawn')).toBe(false);
  });
});
