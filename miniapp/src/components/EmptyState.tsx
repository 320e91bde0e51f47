// NutUI's Empty with a local picture: its default image is fetched from a third-party CDN, which a
// government app should not depend on (and which an offline H5 shows as a broken image).
import { Empty } from '@nutui/nutui-react-taro';
import { Order } from '@nutui/icons-react-taro';

interface Props {
  title?: string;
  description?: string;
  className?: string;
}

export function EmptyState({ title, description, className }: Props) {
  return <Empty className={className} title={title} description={description} image={<Order size={56} color='#c0c4cc' />} />;
}
