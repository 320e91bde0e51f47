// The case pages' wording and mappings, as a resident reads them: stars ↔ 好差评 levels, timeline lines, material states.
import type { CaseEvent, Material } from '@app/shared';
import {
  actorText,
  escalationText,
  eventDetails,
  eventTitle,
  staleMessage,
  blockedText,
  formatBytes,
  isCaseOpen,
  levelForStars,
  problemsText,
  refusalText,
  starsForLevel,
  supplementHandedIn,
  uploadFileName,
} from '../src/components/case/caseLogic';
import { ACCEPT, refusalOf } from '../src/components/case/pickFile';
import '../src/i18n/case';

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

  it('shows a result’s waived materials and a 不予办理 reason, and a bad rating’s problem categories', () => {
    expect(
      eventDetails(event({ action: 'feedBackResult', data: { outcome: 'approved', waivers: [{ materialSpecId: 'premises', name: '住所使用证明', reason: '原件已在窗口核验' }] }, note: '营业执照已核发' })),
    ).toEqual(['已办结（准予办理）', '免交住所使用证明：原件已在窗口核验', '营业执照已核发']);
    expect(eventDetails(event({ action: 'feedBackResult', data: { outcome: 'notApproved', reason: '经营场所不符合规定' } }))).toEqual(['不予办理', '不予办理理由：经营场所不符合规定']);
    expect(eventDetails(event({ action: 'rate', data: { level: 'dissatisfied', categories: ['efficiency', 'process', 'bogus'] }, note: '等了一周' }))).toEqual([
      '不满意',
      '问题类型：办事效率、办事流程',
      '等了一周',
    ]);
    expect(problemsText('efficiency')).toBe('');
  });

  it('ignores data of an unexpected shape rather than failing', () => {
    expect(eventDetails(event({ action: 'splitSubTasks', data: { tasks: 'x' } }))).toEqual([]);
    expect(eventDetails(event({ action: 'feedBackResult', data: { outcome: 'toString', waivers: 'x' } }))).toEqual([]);
  });

  it('says after a stale write that the case was refreshed', () => {
    expect(staleMessage()).toBe('办件已被他人更新，已为您刷新，请确认后再操作');
  });

  it('tells honestly that an escalated case is with another authority', () => {
    const text = escalationText({ authorityKind: 'upperLevel', authority: '包头市民政局', reason: 'r', at });
    expect(text).toContain('已上报包头市民政局');
    expect(text).toContain('由该部门办理');
  });
});

describe('materials', () => {
  const spec = { id: 'premises' };

  const specs = [
    { id: 'premises', name: '住所使用证明', required: true, commitmentAllowed: true },
    { id: 'articles', name: '公司章程', required: true, commitmentAllowed: false },
    { id: 'mandate', name: '授权委托书', required: false, commitmentAllowed: false },
  ];

  it('a disabled 提交材料 names the required materials still missing; 补正完成 the requested ones', () => {
    expect(blockedText({ materialSpecs: specs, materials: [material({})] }, 'requiredMaterialsMissing')).toBe('还有必交材料未上传：公司章程。请上传或签署告知承诺后再提交。');
    const supplement = { items: [{ materialSpecId: 'premises', name: '住所使用证明', reason: '缺签章' }, { materialSpecId: 'articles', name: '公司章程', reason: '缺页' }], requestedAt: '2026-11-25T05:00:00Z' };
    const after = material({ materialSpecId: 'articles', uploadedAt: '2026-11-25T06:00:00Z' });
    expect(blockedText({ materialSpecs: specs, materials: [after], supplement }, 'supplementNotHandedIn')).toBe('请先重新上传或签署告知承诺：住所使用证明，再点补正完成。');
    expect(blockedText({ materialSpecs: specs, materials: [] }, 'materialsAwaitingReview')).toBe('还有待审核的材料，请审核后再归档');
  });

  it('says every named refusal of the API in Chinese', () => {
    expect(refusalText('supplementNotHandedIn')).toBe('要求补正的材料还未重新上传或签署告知承诺');
    expect(refusalText('materialReplaced')).toBe('申请人已重新提交该材料，请审核最新版本');
    expect(refusalText('badRatingNeedsCategory')).toMatch(/问题类型/);
    expect(refusalText('noSuchReason')).toBeUndefined();
  });

  it('the browser picker takes JPEG, PNG and PDF, and says why another file or a too-big one is refused', () => {
    expect(ACCEPT.split(',')).toEqual(expect.arrayContaining(['image/jpeg', 'image/png', 'application/pdf']));
    expect(refusalOf({ name: '公司章程.pdf', type: 'application/pdf', size: 120_000 })).toBeUndefined();
    expect(refusalOf({ name: 'IMG_0001.JPG', type: '', size: 2_000_000 })).toBeUndefined();
    expect(refusalOf({ name: '章程.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 20_000 })).toBe('“章程.docx”不是 JPG、PNG 图片或 PDF 文件，请换一个文件');
    expect(refusalOf({ name: 'scan.pdf', type: 'application/pdf', size: 12.5 * 1024 * 1024 })).toBe('“scan.pdf”有 12.5 MB，超过 10 MB，请压缩后再上传');
    expect(refusalOf({ name: 'empty.png', type: 'image/png', size: 0 })).toBe('“empty.png”是空文件，请重新选择');
  });

  it('file sizes read as people say them', () => {
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(2.3 * 1024 * 1024)).toBe('2.3 MB');
    expect(formatBytes(undefined)).toBe('');
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
