// One material of the checklist: its state, the file handed in (thumbnail or PDF icon, opens on a
// tap) and the agent's note; upload with progress and retry, replacement while not accepted, 告知承诺.
import { Text, View } from '@tarojs/components';
import { Progress, TextArea } from '@nutui/nutui-react-taro';
import { Button } from '../ui/Button';
import { type ChecklistEntry, type Material, type MaterialSpec } from '@app/shared';
import { useState } from 'react';
import { call } from '../../api/client';
import { compressIfImage, uploadMaterial, type LocalFile } from '../../lib/upload';
import { uploadFileName } from './caseLogic';
import { MaterialFile } from './MaterialFile';
import { errorMessage, toast } from './messages';
import { pickMaterialFile } from './pickFile';
import './case.scss';
import { field } from '../../lib/a11y';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';

type Upload =
  | { phase: 'idle' }
  | { phase: 'preparing' }
  | { phase: 'uploading'; percent: number }
  | { phase: 'failed'; message: string; file?: LocalFile; fileName?: string };

interface Props {
  caseId: string;
  entry: ChecklistEntry<MaterialSpec, Material>;
  /** A file or a commitment may be handed in now: the case is open and nothing accepted stands (or a 补正 asks anew). */
  canHandIn: boolean;
  /** The agent asked for this one again (补正). */
  owed: boolean;
  onChanged: () => void;
}

const commitmentText = (spec: MaterialSpec) => t('caseView.material.statement', { name: spec.name });

export function MaterialRow({ caseId, entry, canHandIn, owed, onChanged }: Props) {
  const { spec, latest, state: status } = entry;
  const [upload, setUpload] = useState<Upload>({ phase: 'idle' });
  const [committing, setCommitting] = useState(false);
  const [statement, setStatement] = useState(() => commitmentText(spec));
  const [sending, setSending] = useState(false);
  const busy = upload.phase === 'preparing' || upload.phase === 'uploading';

  const send = async (file: LocalFile, fileName: string) => {
    setUpload({ phase: 'uploading', percent: 0 });
    try {
      await uploadMaterial({
        caseId,
        materialSpecId: spec.id,
        filePath: file.filePath,
        fileName,
        contentType: file.contentType,
        size: file.size,
        onProgress: (percent) => setUpload({ phase: 'uploading', percent }),
      });
      setUpload({ phase: 'idle' });
      toast(t('caseView.material.uploaded'), 'success');
      onChanged();
    } catch (error) {
      // The same file stays at hand: 重试 sends it again without picking it anew.
      setUpload({ phase: 'failed', message: errorMessage(error), file, fileName });
    }
  };

  const choose = async () => {
    const picked = await pickMaterialFile();
    if (!picked) return;
    if ('refused' in picked) {
      // Checked before anything is sent: the resident reads why and picks another file.
      setUpload({ phase: 'failed', message: picked.refused });
      return;
    }
    setUpload({ phase: 'preparing' });
    let file: LocalFile;
    try {
      file = await compressIfImage(picked.file.filePath, picked.file.knownType);
    } catch (error) {
      setUpload({ phase: 'failed', message: errorMessage(error) });
      return;
    }
    await send(file, uploadFileName(spec.name, file.contentType, picked.file.name));
  };

  const commit = async () => {
    const text = statement.trim();
    if (!text) {
      toast(t('caseView.material.fillStatement'));
      return;
    }
    setSending(true);
    try {
      await call('commitMaterial', { params: { id: caseId }, body: { materialSpecId: spec.id, statement: text } });
      setCommitting(false);
      toast(t('caseView.material.committed'), 'success');
      onChanged();
    } catch (error) {
      toast(errorMessage(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <View className={`material-row material-row--${status}${owed ? ' material-row--owed' : ''}`} data-spec={spec.id}>
      <View className='material-head'>
        <View className='material-name-block'>
          <Text className='material-name'>{spec.name}</Text>
          <Text className='material-flags'>
            {spec.required ? t('caseView.material.required') : t('caseView.material.optional')}
            {spec.commitmentAllowed ? t('caseView.material.commitmentAllowed') : ''}
            {owed ? t('caseView.material.owed') : ''}
          </Text>
        </View>
        <Text className={`material-status material-status--${status}`}>{t(`caseView.materialState.${status}`)}</Text>
      </View>
      {spec.note && <Text className='case-muted'>{spec.note}</Text>}
      {latest && <MaterialFile caseId={caseId} material={latest} />}
      {status === 'rejected' && latest?.reviewNote && <Text className='material-review-note'>{t('caseView.material.rejected', { note: latest.reviewNote })}</Text>}
      {entry.replaced.length > 0 && <Text className='case-muted'>{t('caseView.material.replaced', { n: entry.replaced.length })}</Text>}

      {upload.phase === 'preparing' && <Text className='case-muted'>{t('caseView.material.preparing')}</Text>}
      {upload.phase === 'uploading' && (
        <View className='material-progress'>
          <Progress percent={upload.percent} showText animated />
        </View>
      )}
      {upload.phase === 'failed' && (
        <View className='material-error'>
          <Text className='material-error-message'>{upload.message}</Text>
          {upload.file && (
            <Button
              className='material-retry'
              size='small'
              type='warning'
              onClick={() => upload.file && void send(upload.file, upload.fileName ?? uploadFileName(spec.name, upload.file.contentType))}
            >
              {t('caseView.material.retry')}
            </Button>
          )}
        </View>
      )}

      {canHandIn && (
        <View className='material-buttons'>
          <Button className='material-upload' size='small' type='primary' disabled={busy} onClick={() => void choose()}>
            {status === 'missing' ? t('caseView.material.upload') : status === 'rejected' ? t('caseView.material.reupload') : t('caseView.material.replace')}
          </Button>
          {spec.commitmentAllowed && !committing && (
            <Button className='material-commit' size='small' fill='outline' type='primary' disabled={busy} onClick={() => setCommitting(true)}>
              {t('caseView.material.commit')}
            </Button>
          )}
        </View>
      )}

      {canHandIn && committing && (
        <View className='material-commit-form'>
          <Text className='case-hint'>{t('caseView.material.commitHint')}</Text>
          <TextArea {...field(t('caseView.material.statementField'))}
            className='material-commit-statement'
            value={statement}
            maxLength={500}
            showCount
            onChange={(value) => setStatement(value)}
          />
          <View className='material-buttons'>
            <Button className='material-commit-submit' size='small' type='primary' loading={sending} disabled={sending} onClick={() => void commit()}>
              {t('caseView.material.sign')}
            </Button>
            <Button className='material-commit-cancel' size='small' fill='none' onClick={() => setCommitting(false)}>
              {t('caseView.material.cancel')}
            </Button>
          </View>
        </View>
      )}
    </View>
  );
}
