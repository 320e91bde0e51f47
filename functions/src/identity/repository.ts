// Users of the API and the WeChat openids that sign them in.
import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Language, Role } from '@app/shared';
import { ulid } from 'ulid';
import { config } from '../lib/config';
import { AppError } from '../lib/errors';
import { documentClient, getItem, queryPartition, withoutKeys, type Item } from '../lib/dynamo';
import * as keys from '../lib/keys';

export interface UserRecord {
  id: string;
  role: Role;
  name: string;
  /** Agents (and bureau staff who also serve as agents) point at their agent record. */
  agentId?: string;
  createdAt: string;
  /** Demo users of the local stack carry a description for the login picker. */
  demoDescription?: string;
  /** The WeChat openid the user signs in with (stored at first WeChat login): where subscribe messages go. */
  openid?: string;
  /** The resident's own mobile, once WeChat vouched for it (getPhoneNumber): prefills their next entrustment. */
  phone?: string;
  /** The interface language they chose (蒙古文 or 中文): their notices follow it. */
  language?: Language;
}

export function userToItem(user: UserRecord): Item {
  return {
    ...keys.user(user.id),
    entity: 'user',
    gsi1pk: user.demoDescription ? keys.demoUsers() : undefined,
    gsi1sk: user.demoDescription ? user.id : undefined,
    ...user,
  };
}

export async function putUser(user: UserRecord): Promise<void> {
  await documentClient().send(new PutCommand({ TableName: config().tableName, Item: userToItem(user) }));
}

export async function findUser(id: string, consistent = false): Promise<UserRecord | undefined> {
  const item = await getItem(keys.user(id), consistent);
  return item && withoutKeys<UserRecord>(item);
}

export async function listDemoUsers(): Promise<UserRecord[]> {
  return (await queryPartition('GSI1', keys.demoUsers())).map((i) => withoutKeys<UserRecord>(i));
}

/** The transaction lost to another writer: a condition failed, or a concurrent transaction conflicted. */
function lostRace(error: unknown): boolean {
  const name = (error as { name?: string }).name;
  return name === 'TransactionCanceledException' || name === 'ConditionalCheckFailedException';
}

/** Users created before openids were kept on the user record get theirs at their next login. */
async function rememberOpenid(user: UserRecord, openid: string): Promise<UserRecord> {
  try {
    await documentClient().send(
      new UpdateCommand({
        TableName: config().tableName,
        Key: keys.user(user.id),
        UpdateExpression: 'SET openid = :o',
        ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(openid)',
        ExpressionAttributeValues: { ':o': openid },
      }),
    );
  } catch (error) {
    if (!lostRace(error)) throw error;
  }
  return { ...user, openid };
}

/**
 * The resident behind a WeChat openid, created on first login. The openid item and the user are
 * written in one transaction conditioned on the openid being new, so two first logins racing
 * (a double tap) end with one user; the loser reads the winner's user back, strongly consistent.
 */
export async function findOrCreateResidentByOpenid(openid: string, now: Date): Promise<UserRecord> {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const mapping = await getItem(keys.openid(openid), true);
    if (mapping) {
      const userId = String(mapping.userId);
      const user = await findUser(userId, true);
      if (user) return user.openid ? user : rememberOpenid(user, openid);
      // The mapping outlived its user (deleted by hand): give the openid its user back.
      const restored: UserRecord = { id: userId, role: 'resident', name: '微信用户', createdAt: now.toISOString(), openid };
      try {
        await documentClient().send(new PutCommand({ TableName: config().tableName, Item: userToItem(restored), ConditionExpression: 'attribute_not_exists(pk)' }));
        return restored;
      } catch (error) {
        if (!lostRace(error)) throw error;
        continue;
      }
    }
    const user: UserRecord = { id: ulid(), role: 'resident', name: '微信用户', createdAt: now.toISOString(), openid };
    try {
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: config().tableName,
                Item: { ...keys.openid(openid), entity: 'openid', userId: user.id, createdAt: user.createdAt },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: { TableName: config().tableName, Item: userToItem(user), ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
      return user;
    } catch (error) {
      if (!lostRace(error)) throw error;
    }
  }
  throw new AppError('service_unavailable', 'sign-in contended', { retryAfterSeconds: 1 });
}

/** Remembers the mobile WeChat just vouched for as the user's own (their profile phone). */
export async function rememberPhone(userId: string, phone: string): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: config().tableName,
      Key: keys.user(userId),
      UpdateExpression: 'SET phone = :phone',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeValues: { ':phone': phone },
    }),
  );
}

/** The language switch: one attribute, on an existing user only. */
export async function rememberLanguage(userId: string, language: Language): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: config().tableName,
      Key: keys.user(userId),
      UpdateExpression: 'SET #language = :language',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#language': 'language' },
      ExpressionAttributeValues: { ':language': language },
    }),
  );
}
