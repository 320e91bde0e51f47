// Step 4 手写签名: the applicant signs on the pad (SignaturePad); the signed PNG is shown with a way to sign again.
import { Image, Text, View } from '@tarojs/components';
import { Button } from '../ui/Button';
import { image } from '../../lib/a11y';
import type { LocalFile } from '../../lib/upload';
import { SignaturePad } from './SignaturePad';

interface Props {
  signerName: string;
  signature?: LocalFile;
  onSigned: (file: LocalFile) => void;
  onCleared: () => void;
}

export function SignatureStep({ signerName, signature, onSigned, onCleared }: Props) {
  return (
    <View className='entrust-section'>
      <Text className='entrust-label'>请 {signerName || '申请人'} 本人在下方手写签名</Text>
      {signature ? (
        <View className='signature-done'>
          <Image className='signature-preview' src={signature.filePath} mode='aspectFit' {...image('您的手写签名')} />
          <Button className='signature-redo' size='small' fill='outline' onClick={onCleared}>
            重新签名
          </Button>
        </View>
      ) : (
        <SignaturePad onSigned={onSigned} />
      )}
    </View>
  );
}
