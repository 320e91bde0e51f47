// The opinions page's words in Chinese (意见建议: the form, my opinions, the bureau's answers).
import { OpinionKind, OpinionState } from '@app/shared';

export const opinionsZh = {
  opinions: {
    // The domain's own labels stay in shared/ (one place for each truth).
    kinds: OpinionKind.labels,
    states: OpinionState.labels,
    signIn: '登录后提交意见建议',
    goSignIn: '去登录',
    write: '我要提意见',
    mine: '我的意见',
    none: '您还没有提交过意见建议',
    more: '加载更多',
    sent: '已提交，请留意回复',
    card: {
      aboutCase: '关于办件 {{number}} · {{item}}',
      department: '被投诉部门：{{name}}',
      sentAt: '提交于 {{time}}',
      answer: '政务服务局回复',
    },
    form: {
      kind: '类别',
      content: '内容',
      placeholders: {
        suggestion: '请写下您对代办帮办服务的建议',
        complaint: '请写明时间、地点和经过，便于核实处理',
        praise: '请写下您想表扬的人和事',
      },
      chooseKindFirst: '请先选择类别，再写下您的意见（至少{{min}}个字）',
      aboutCase: '关于我的办件（选填）',
      aboutCaseGroup: '关于我的办件',
      noCases: '您还没有办件，可直接提交',
      noCase: '不关联办件',
      phone: '联系电话（选填）',
      phoneHint: '便于工作人员与您联系',
      submit: '提交',
    },
    errors: {
      kind: '请选择类别',
      tooShort: '内容至少{{min}}个字，还差{{n}}个字',
      tooLong: '内容不能超过{{max}}个字',
      phone: '请输入 11 位手机号码',
      notFound: '未找到相关办件或意见，请刷新后重试',
    },
  },
};
