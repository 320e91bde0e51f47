// Step 4 手写签名: the applicant signs on the pad (SignaturePad); the signed PNG is shown with a way to sign again.
import { Image, Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import { image } from '../../lib/a11y';
import type { LocalFile } from '../../lib/upload';
import { SignaturePad } from './SignaturePad';
import { t } from '../../lib/i18n';

interface Props {
  signerName: string;
  signature?: LocalFile;
  onSigned: (file: LocalFile) => void;
  onCleared: () => void;
}

export function SignatureStep({ signerName, signature, onSigned, onCleared }: Props) {
  return (
    <View className='entrust-section'>
      <Text className='entrust-label'>{t('entrust.signature.ask', { name: signerName || t('entrust.signature.applicant') })}</Text>
      {signature ? (
        <View className='signature-done'>
          <Image className='signature-preview' src={signature.filePath} mode='aspectFit' {...image(t('entrust.signature.yours'))} />
          <Button className='signature-redo' size='small' fill='outline' onClick={onCleared}>
            {t('entrust.signature.redo')}
          </Button>
        </View>
      ) : (
        <SignaturePad onSigned={onSigned} />
      )}
    </View>
  );
}
