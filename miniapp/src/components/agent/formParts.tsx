// Small shared pieces of the action forms: a labelled field, the submit button, and the props every form takes.
import { Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import type { CaseDetail, Department, MaterialSpec } from '@app/shared';
import type { ReactNode } from 'react';
import type { ActionBody } from '../case/types';
import './agent.scss';

export interface FormProps {
  detail: CaseDetail;
  departments: Department[];
  specs: MaterialSpec[];
  myDepartmentId?: string;
  busy: boolean;
  onSubmit: (body: ActionBody) => void;
}

export function Field({ label, required, children }: { label: string; required?: boolean; children: ReactNode }) {
  return (
    <View className='action-field'>
      <Text className='action-field-label'>
        {label}
        {required ? <Text className='action-field-required'> *</Text> : null}
      </Text>
      {children}
    </View>
  );
}

/** The form's submit; `notReady` holds it disabled and says why under it (a precondition of the step). */
export function SubmitButton({ busy, label, onClick, notReady }: { busy: boolean; label: string; onClick: () => void; notReady?: string }) {
  return (
    <>
      <Button className='agent-action-submit' type='primary' block loading={busy} disabled={busy || Boolean(notReady)} reason={notReady} onClick={onClick}>
        {label}
      </Button>
      {notReady && <Text className='action-blocked-reason agent-action-not-ready'>{notReady}</Text>}
    </>
  );
}

/** Trims a free-text input; an empty one is left out of the request. */
export const optional = (value: string): string | undefined => value.trim() || undefined;
