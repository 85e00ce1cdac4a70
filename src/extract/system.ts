// State (Quốc hiệu) or Party (ĐẢNG CỘNG SẢN VIỆT NAM): from the header, else from the number shape.
import type { DocumentNumber } from '../schema/record.js';
import type { Ctx } from './context.js';

export function extractSystem(ctx: Ctx, number: DocumentNumber | null): 'state' | 'party' | null {
  const { quocHieu, partyHeading } = ctx.zones;
  if (partyHeading && !quocHieu) return 'party';
  if (quocHieu) return 'state';
  if (number?.system) return number.system;
  // Headerless text: the issuer's words decide (Party committees vs state bodies).
  const head = ctx.norm.folded.slice(0, 3000);
  if (/\b(tinh uy|thanh uy|huyen uy|dang uy|ban thuong vu|bo chinh tri|ban bi thu)\b/.test(head.slice(0, 300))) return 'party';
  if (/\b(uy ban nhan dan|ubnd|so |bo |thu tuong|chinh phu|phong )/.test(head)) return 'state';
  return null;
}
