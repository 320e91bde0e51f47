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
    group: 'network',
    method: 'POST',
    path: '/network/agents/{id}/invitations',
    access: ['bureau'],
    summary: 'A one-time invitation code (8 characters, valid 72 hours) for an unbound agent; replaces an earlier unused one',
    params: PathIdParams,
    body: StaffActionRequest,
    response: InvitationResponse,
    idempotent: true,
  },
  unbindAgent: {
    group: 'network',
    method: 'POST',
    path: '/network/agents/{id}/unbind',
    access: ['bureau'],
    summary: 'An agent leaves (离岗): their user becomes a resident again, their open cases go to the least-loaded colleague (or the department queue)',
    params: PathIdParams,
    body: StaffActionRequest,
    response: UnbindAgentResponse,
  },
  moveAgent: {
    group: 'network',
    method: 'POST',
    path: '/network/agents/{id}/move',
    access: ['bureau'],
    summary: 'An agent moves to another department or service point (调岗): their sessions end at once, their open cases go to a colleague of the unit they leave',
    params: PathIdParams,
    body: MoveAgentRequest,
    response: MoveAgentResponse,
  },
  signOutAgent: {
    group: 'network',
    method: 'POST',
    path: '/network/agents/{id}/sign-out',
    access: ['bureau'],
    summary: 'Sign an agent out everywhere (强制下线, e.g. a lost phone): every session token issued so far stops at once',
    params: PathIdParams,
    body: StaffActionRequest,
    response: SignOutAgentResponse,
  },
  bindStaff: {
    group: 'identity',
    method: 'POST',
    path: '/auth/bind',
    access: ['resident'],
    summary: 'A signed-in WeChat user binds to an agent record with an invitation code; answers a fresh session with the agent role',
    body: BindStaffRequest,
    response: SessionResponse,
  },
  subscriptionSettings: {
    group: 'notices',
    method: 'GET',
    path: '/notices/subscriptions',
    access: 'signedIn',
    summary: 'Subscribe-message template ids per topic the app may ask for, and what the user has granted',
    response: SubscriptionSettingsResponse,
  },
} satisfies Record<string, RouteDef>;
