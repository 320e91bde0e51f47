// One handed-in file as people recognise it: a thumbnail of a photo, or a PDF icon, with its name and
// size; tapping it opens the file. A 告知承诺 shows its statement instead.
import { Image, Text, View } from '@tarojs/components';
import type { Material } from '@app/shared';
import { useEffect, useState } from 'react';
import { isImage, materialUrl, openMaterial } from '../../lib/materialFile';
import { formatBytes } from './caseLogic';
import { errorMessage, toast } from './messages';
import { decorative } from '../../lib/a11y';
import { Pressable } from '../ui/Pressable';
import { t } from '../../lib/i18n';
import '../../i18n/case';
import '../../i18n/caseView';
import './case.scss';

export function MaterialFile({ caseId, material }: { caseId: string; material: Material }) {
  const [thumb, setThumb] = useState<string>();
  const image = material.kind === 'file' && isImage(material.contentType);

  useEffect(() => {
    if (!image) return undefined;
    let live = true;
    materialUrl(caseId, material.id)
      .then((url) => live && setThumb(url))
      .catch(() => undefined); // the icon stands in; opening it says why if it still fails
    return () => {
      live = false;
    };
  }, [caseId, material.id, image]);

  if (material.kind === 'commitment') {
    return (
      <View className='material-file material-file--commitment'>
        <View className='material-file-icon material-file-icon--commitment'>
          <Text>{t('caseView.material.commitmentMark')}</Text>
        </View>
        <Text className='material-file-statement'>{material.commitmentStatement ?? t('caseView.material.signedCommitment')}</Text>
      </View>
    );
  }

  const open = () => void openMaterial(caseId, material).catch((error: unknown) => toast(errorMessage(error)));
  const name = material.fileName ?? material.name;
  return (
    <Pressable className='material-file' onPress={open} label={t('caseView.material.view', { name })} data={{ material: material.id }}>
      {image && thumb ? (
        <Image className='material-file-thumb' src={thumb} mode='aspectFill' {...decorative} />
      ) : (
        <View className={`material-file-icon material-file-icon--${image ? 'image' : 'pdf'}`} {...decorative}>
          <Text>{image ? t('caseView.material.image') : t('caseView.material.pdf')}</Text>
        </View>
      )}
      <View className='material-file-text'>
        <Text className='material-file-name'>{name}</Text>
        <Text className='material-file-size'>
          {t('caseView.material.tapToView', { size: formatBytes(material.size) })}
        </Text>
      </View>
    </Pressable>
  );
}
