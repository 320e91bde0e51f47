// The notices page's words in Chinese (消息); the notices themselves come from the server.
export const noticesZh = {
  notices: {
    unread: '{{n}} 条未读',
    allRead: '全部已读',
    markAllRead: '全部已读',
    signIn: '登录后查看消息',
    goSignIn: '去登录',
    empty: '暂无消息',
    unreadMark: '未读',
  },
};
