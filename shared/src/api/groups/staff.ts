// Staff accounts: the bureau issues one-time invitation codes; agents bind their WeChat account
// with one; an agent who leaves is unbound and their open cases reassigned. Also what the app may
// ask for at a tap (WeChat subscribe-message templates), which agents use for new-task messages.
import { PathIdParams } from '../../schemas/common';
import { SessionResponse } from '../../schemas/identity';
import { SubscriptionSettingsResponse } from '../../schemas/notices';
import { BindStaffRequest, InvitationResponse, MoveAgentRequest, MoveAgentResponse, SignOutAgentResponse, StaffActionRequest, UnbindAgentResponse } from '../../schemas/staff';
import type { RouteDef } from '../routes';

export const staffRoutes = {
  inviteAgent: {
    group: 'staff',
    method: 'POST',
    path: '/network/agents/{id}/invitations',
    access: ['bureau'],
    params: PathIdParams,
    body: StaffActionRequest,
    response: InvitationResponse,
    idempotent: true,
  },
  unbindAgent: {
    group: 'staff',
    method: 'POST',
    path: '/network/agents/{id}/unbind',
    access: ['bureau'],
    params: PathIdParams,
    body: StaffActionRequest,
    response: UnbindAgentResponse,
  },
  moveAgent: {
    group: 'staff',
    method: 'POST',
    path: '/network/agents/{id}/move',
    access: ['bureau'],
    params: PathIdParams,
    body: MoveAgentRequest,
    response: MoveAgentResponse,
  },
  signOutAgent: {
    group: 'staff',
    method: 'POST',
    path: '/network/agents/{id}/sign-out',
    access: ['bureau'],
    params: PathIdParams,
    body: StaffActionRequest,
    response: SignOutAgentResponse,
  },
  bindStaff: {
    group: 'identity',
    method: 'POST',
    path: '/auth/bind',
    access: ['resident'],
    body: BindStaffRequest,
    response: SessionResponse,
  },
  subscriptionSettings: {
    group: 'notices',
    method: 'GET',
    path: '/notices/subscriptions',
    access: 'signedIn',
    response: SubscriptionSettingsResponse,
  },
} satisfies Record<string, RouteDef>;
