// The account page's words in Chinese (登录 and 我的, which carries the language switch).
import { Role } from '@app/shared';

export const accountZh = {
  account: {
    title: '登录代办帮办',
    hint: '登录后可委托事项、预约网点、查看办件进度。代办帮办服务全程免费。',
    current: '当前已登录：{{name}}（{{role}}）',
    signOut: '退出登录',
    wechat: '微信一键登录',
    wechatFailed: '登录失败，请稍后重试',
    privacy: '我们只在办理您委托的事项时使用您的信息，详见代办帮办协议和隐私说明。',
    noDemoUsers: '暂无可用的演示账号',
    demoTitle: '本地演示环境：选择一个账号登录',
    signInAs: '以{{name}}登录，{{description}}',
    signingIn: '登录中…',
    // The domain's own labels stay in shared/ (one place for each truth).
    roles: Role.labels,
  },
};
